package io.ardesk.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input is answered at once: amounts with an exponent, too many digits or
 * decimals, negative where a positive is meant, numbers and texts longer than their fields: 422
 * naming the field, each within a second, before any arithmetic.
 */
@IntegrationTest
class HostileInputApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration AT_ONCE = Duration.ofSeconds(1);

  @LocalServerPort int port;

  @BeforeEach
  void warmUp() {
    // the first request of a client pays for connection set-up; the hostile ones are timed after it
    as("frank").get("/api/me");
  }

  @Test
  void aClaimWithAHugeExponentIsRefusedAtOnce() {
    var response = timed(() -> as("lily").postJson("/api/complaints",
        "{\"customerNo\":\"X\",\"category\":\"QUALITY\",\"description\":\"d\",\"claimAmount\": 1e100000000}"));
    assertInvalid(response, "claimAmount");
    assertThat(response.body()).contains("exponent");
  }

  @Test
  void exponentsAreRefusedInEveryAmountAndAsText() {
    assertInvalid(timed(() -> as("frank").postJson("/api/invoices", invoice("1E3"))), "amount");
    assertInvalid(timed(() -> as("frank").postJson("/api/invoices", invoice("\"1e5\""))), "amount");
    assertInvalid(timed(() -> as("frank").postJson("/api/payments",
        "{\"paymentNo\":\"P\",\"customerNo\":\"X\",\"paymentDate\":\"2024-01-01\",\"amount\":-1e100000000}")),
        "amount");
    assertInvalid(timed(() -> as("lily").postJson("/api/orders",
        "{\"orderNo\":\"O\",\"customerNo\":\"X\",\"amount\":9.9e999999999}")), "amount");
    assertInvalid(timed(() -> as("carol").postJson("/api/collections/cases/X/promises",
        "{\"date\":\"2030-01-01\",\"amount\":1e100000000}")), "amount");
    assertInvalid(timed(() -> as("carol").patchJson("/api/customers/X",
        "{\"creditLimit\":1e100000000,\"reason\":\"r\"}")), "creditLimit");
  }

  @Test
  void tooManyDigitsOrDecimalsAndNegativeAmountsNameTheField() {
    assertInvalid(timed(() -> as("frank").postJson("/api/invoices", invoice("1234567890123456"))), "amount");
    assertInvalid(timed(() -> as("frank").postJson("/api/invoices", invoice("10.001"))), "amount");
    assertInvalid(timed(() -> as("frank").postJson("/api/invoices", invoice("-10.00"))), "amount");
    assertInvalid(timed(() -> as("frank").postJson("/api/invoices", invoice("0"))), "amount");
    assertInvalid(timed(() -> as("frank").postJson("/api/invoices", invoice("1" + "0".repeat(60)))), "amount");
    assertInvalid(timed(() -> as("lily").postJson("/api/complaints",
        "{\"customerNo\":\"X\",\"category\":\"QUALITY\",\"description\":\"d\",\"claimAmount\":-5}")),
        "claimAmount");
    assertInvalid(timed(() -> as("carol").postJson("/api/customers",
        "{\"customerNo\":\"" + TestNumbers.unique("HOS") + "\",\"name\":\"N\",\"creditLimit\":-1}")), "creditLimit");
  }

  @Test
  void aNumberBeyondTheJsonReadersLimitIsRefusedWhileParsing() {
    var response = timed(() -> as("frank").postJson("/api/invoices", invoice("9".repeat(5000))));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }

  @Test
  void textsLongerThanTheirColumnsAre422NamingTheFieldNot409() {
    String no = TestNumbers.unique("HOS");
    assertInvalid(timed(() -> as("carol").postJson("/api/customers",
        "{\"customerNo\":\"" + no + "\",\"name\":\"" + "N".repeat(201) + "\"}")), "name");
    assertInvalid(timed(() -> as("carol").postJson("/api/customers",
        "{\"customerNo\":\"" + "C".repeat(41) + "\",\"name\":\"N\"}")), "customerNo");
    assertInvalid(timed(() -> as("lily").postJson("/api/complaints",
        "{\"customerNo\":\"X\",\"category\":\"QUALITY\",\"description\":\"" + "d".repeat(4001) + "\"}")),
        "description");
    assertInvalid(timed(() -> as("lily").postJson("/api/complaints",
        "{\"customerNo\":\"X\",\"category\":\"QUALITY\",\"description\":\"d\",\"invoiceNos\":[\"" + "I".repeat(41)
            + "\"]}")), "invoiceNos[0]");
    assertThat(as("carol").get("/api/customers/" + no).statusCode()).isEqualTo(404);
  }

  @Test
  void everyBadFieldIsNamedAtOnce() throws Exception {
    var response = timed(() -> as("frank").postJson("/api/invoices",
        "{\"invoiceNo\":\"" + "I".repeat(41) + "\",\"customerNo\":\"X\",\"issueDate\":\"2024-01-01\","
            + "\"amount\":-1.001,\"currency\":\"YUAN\"}"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(fields(response)).contains("invoiceNo", "amount", "currency");
  }

  @Test
  void creditFiguresWithAnExponentAreRefused() throws Exception {
    String no = TestNumbers.unique("HOS");
    assertThat(as("carol").postJson("/api/customers", "{\"customerNo\":\"" + no + "\",\"name\":\"N\"}").statusCode())
        .isEqualTo(201);
    var response = timed(() -> as("carol").postJson("/api/customers/" + no + "/credit-assessments",
        "{\"characteristics\":{},\"financials\":{\"currentAssets\":\"1e100000000\",\"inventory\":1e308,"
            + "\"netWorth\":1e999}}"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).contains("financials.currentAssets", "financials.inventory", "financials.netWorth");
  }

  private static String invoice(String amount) {
    return "{\"invoiceNo\":\"I\",\"customerNo\":\"X\",\"issueDate\":\"2024-01-01\",\"amount\":" + amount + "}";
  }

  private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
    return assertTimeoutPreemptively(AT_ONCE, request::get, "answered within a second");
  }

  private static void assertInvalid(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    try {
      assertThat(fields(response)).as(response.body()).contains(field);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> fields(HttpResponse<String> response) throws Exception {
    var fields = new ArrayList<String>();
    JsonNode errors = JSON.readTree(response.body()).path("errors");
    errors.forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  private Http as(String user) {
    return new Http(port).asDemo(user);
  }
}
