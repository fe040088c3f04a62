package io.ardesk.web.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/extension-requests: 201 with the request number, 422 naming every bad field, 401 and 403. */
@IntegrationTest
class ExtensionApiTest {

  static final LocalDate DUE = LocalDate.of(2026, 3, 1);

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired CaseKit kit;

  String customerNo;
  String otherCustomerNo;

  @BeforeEach
  void ledger() {
    customerNo = kit.customer("Theta Devices", "ap@theta.example", "en", null);
    otherCustomerNo = kit.customer("Iota Retail", null, "en", null);
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-OPEN", DUE.minusDays(30), DUE, "10000.00");
    kit.invoice(customerNo, customerNo + "-PAID", DUE.minusDays(30), DUE, "500.00");
    kit.invoice(otherCustomerNo, otherCustomerNo + "-X", DUE.minusDays(30), DUE, "800.00");
    kit.pay(customerNo, "500.00", customerNo + "-PAID");
    kit.today(DUE.minusDays(9));
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  Http as(String user) {
    return new Http(port).asDemo(user);
  }

  String body(String customer, List<String> invoiceNos, String date, String reason) throws Exception {
    var node = json.createObjectNode();
    node.put("customerNo", customer);
    var invoices = node.putArray("invoiceNos");
    invoiceNos.forEach(invoices::add);
    node.put("requestedDueDate", date);
    node.put("reason", reason);
    return json.writeValueAsString(node);
  }

  List<String> fields(HttpResponse<String> response) throws Exception {
    List<String> fields = new ArrayList<>();
    json.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void aValidRequestIsCreatedWithItsNumberAndCanBeRead() throws Exception {
    HttpResponse<String> created = as("carol").postJson("/api/extension-requests",
        body(customerNo, List.of(customerNo + "-OPEN"), "2026-04-30", "Cash flow"));
    assertThat(created.statusCode()).isEqualTo(201);
    String requestNo = json.readTree(created.body()).get("requestNo").asText();
    assertThat(requestNo).matches("EXT-2026-\\d{6}");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/extension-requests/" + requestNo);

    JsonNode view = json.readTree(as("olivia").get("/api/extension-requests/" + requestNo).body());
    assertThat(view.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(view.get("source").asText()).isEqualTo("API");
    assertThat(view.get("requestedBy").asText()).isEqualTo("carol");
    assertThat(view.get("extendedAmount").decimalValue()).isEqualByComparingTo("10000.00");
    assertThat(view.get("items").get(0).get("previousDueDate").asText()).isEqualTo("2026-03-01");
    assertThat(as("olivia").get("/api/extension-requests/EXT-1999-999999").statusCode()).isEqualTo(404);
  }

  @Test
  void paidAndForeignInvoicesAndADateNotAfterTheDueDateAreRefusedNamingTheFields() throws Exception {
    HttpResponse<String> response = as("carol").postJson("/api/extension-requests",
        body(customerNo, List.of(customerNo + "-OPEN", customerNo + "-PAID", otherCustomerNo + "-X", "NO-SUCH"),
            "2026-03-01", " "));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(fields(response)).containsExactlyInAnyOrder("invoiceNos[1]", "invoiceNos[2]", "invoiceNos[3]",
        "requestedDueDate", "reason");
    assertThat(response.body()).contains("is paid").contains("belongs to another customer").contains("does not exist")
        .contains("is not after the due date 2026-03-01");
  }

  @Test
  void missingCustomerInvoicesAndDateAreNamed() throws Exception {
    HttpResponse<String> response = as("lily").postJson("/api/extension-requests", "{}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(fields(response)).containsExactlyInAnyOrder("customerNo", "invoiceNos", "requestedDueDate", "reason");

    HttpResponse<String> unknown = as("lily").postJson("/api/extension-requests",
        body("NO-SUCH-CUSTOMER", List.of(customerNo + "-OPEN"), "2026-04-30", "x"));
    assertThat(fields(unknown)).containsExactly("customerNo");

    HttpResponse<String> badDate = as("lily").postJson("/api/extension-requests",
        "{\"customerNo\":\"" + customerNo + "\",\"invoiceNos\":[\"" + customerNo + "-OPEN\"],\"requestedDueDate\":\"30.04.2026\"}");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(fields(badDate)).containsExactly("requestedDueDate");
  }

  @Test
  void anInvoiceInARunningExtensionCannotBeAskedForAgain() throws Exception {
    String request = body(customerNo, List.of(customerNo + "-OPEN"), "2026-04-30", "Cash flow");
    assertThat(as("carol").postJson("/api/extension-requests", request).statusCode()).isEqualTo(201);
    HttpResponse<String> again = as("carol").postJson("/api/extension-requests", request);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(fields(again)).containsExactly("invoiceNos[0]");
    assertThat(again.body()).contains("is already in extension EXT-2026-");
  }

  @Test
  void onlyTheGroupsThatTalkToCustomersMayFileRequests() throws Exception {
    String request = body(customerNo, List.of(customerNo + "-OPEN"), "2026-04-30", "Cash flow");
    assertThat(new Http(port).postJson("/api/extension-requests", request).statusCode()).isEqualTo(401);
    assertThat(as("olivia").postJson("/api/extension-requests", request).statusCode()).isEqualTo(403);
  }
}
