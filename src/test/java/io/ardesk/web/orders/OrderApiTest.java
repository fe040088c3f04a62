package io.ardesk.web.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/orders, GET /api/orders/{no}, shipment and cancellation: answers, roles and problems. */
@IntegrationTest
class OrderApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CustomerService customers;
  @Autowired CreditGrants grants;

  String customerNo;

  @BeforeEach
  void customerWithLimit() {
    kit.today(TODAY);
    customerNo = kit.customer("Delta Supplies", "ap@delta.example", "en", "lily");
    grants.grant(customerNo, new BigDecimal("100000"), "B", SettlementMethod.CREDIT, 30);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  Http as(String user) {
    return new Http(port).asDemo(user);
  }

  String order(String orderNo, String amount) {
    return "{\"orderNo\":\"" + orderNo + "\",\"customerNo\":\"" + customerNo + "\",\"orderDate\":\"" + TODAY
        + "\",\"amount\":" + amount + ",\"currency\":\"CNY\",\"requestedShipDate\":\"2026-03-09\"}";
  }

  List<String> fields(HttpResponse<String> response) throws Exception {
    List<String> fields = new ArrayList<>();
    JSON.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void salesEntersAnOrderAndGetsTheDecisionAtOnce() throws Exception {
    String orderNo = TestNumbers.unique("API");
    HttpResponse<String> response = as("lily").postJson("/api/orders", order(orderNo, "60000"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/api/orders/" + orderNo);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("orderNo").asText()).isEqualTo(orderNo);
    assertThat(body.get("decision").asText()).isEqualTo("APPROVED");
    assertThat(body.get("availableCredit").decimalValue()).isEqualByComparingTo("100000.00");
    assertThat(body.get("reasons").get(0).asText()).isEqualTo("Within the credit limit, no warning sign");

    HttpResponse<String> next = as("lily").postJson("/api/orders", order(TestNumbers.unique("API"), "50000"));
    JsonNode second = JSON.readTree(next.body());
    assertThat(second.get("decision").asText()).isEqualTo("CREDIT_REVIEW");
    assertThat(second.get("availableCredit").decimalValue()).as("the approved order counts").isEqualByComparingTo("40000.00");
  }

  @Test
  void anyRoleReadsTheOrderWithItsHistory() throws Exception {
    String orderNo = TestNumbers.unique("API");
    as("lily").postJson("/api/orders", order(orderNo, "1000"));

    HttpResponse<String> response = as("olivia").get("/api/orders/" + orderNo);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asText()).isEqualTo("APPROVED");
    assertThat(body.get("customerName").asText()).isEqualTo("Delta Supplies");
    assertThat(body.get("history")).hasSize(2);
    assertThat(body.get("history").get(0).get("kind").asText()).isEqualTo("RECEIVED");
    assertThat(body.get("history").get(0).get("actor").asText()).isEqualTo("lily");
    assertThat(body.get("history").get(1).get("kind").asText()).isEqualTo("CREDIT_DECIDED");

    assertThat(as("olivia").get("/api/orders/NO-SUCH-ORDER").statusCode()).isEqualTo(404);
  }

  @Test
  void aDuplicateOrderNumberIsAConflict() throws Exception {
    String orderNo = TestNumbers.unique("API");
    assertThat(as("lily").postJson("/api/orders", order(orderNo, "1000")).statusCode()).isEqualTo(201);

    HttpResponse<String> again = as("lily").postJson("/api/orders", order(orderNo, "1000"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(fields(again)).containsExactly("orderNo");
  }

  @Test
  void badInputIs422NamingEachField() throws Exception {
    HttpResponse<String> response = as("lily").postJson("/api/orders",
        "{\"orderNo\":\"\",\"customerNo\":\"NO-SUCH\",\"amount\":-5}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(fields(response)).containsExactlyInAnyOrder("orderNo", "customerNo", "orderDate", "amount");

    HttpResponse<String> currency = as("lily").postJson("/api/orders", order(TestNumbers.unique("API"), "10")
        .replace("\"CNY\"", "\"USD\""));
    assertThat(currency.statusCode()).isEqualTo(422);
    assertThat(fields(currency)).containsExactly("currency");

    HttpResponse<String> future = as("lily").postJson("/api/orders", order(TestNumbers.unique("API"), "10")
        .replace("\"requestedShipDate\":\"2026-03-09\"", "\"requestedShipDate\":\"2026-03-01\""));
    assertThat(fields(future)).containsExactly("requestedShipDate");

    assertThat(as("lily").postJson("/api/orders", "{\"orderDate\":\"yesterday\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void onlySalesEntersOrders() {
    assertThat(as("frank").postJson("/api/orders", order(TestNumbers.unique("API"), "10")).statusCode()).isEqualTo(403);
    assertThat(as("carol").postJson("/api/orders", order(TestNumbers.unique("API"), "10")).statusCode()).isEqualTo(403);
    assertThat(new Http(port).postJson("/api/orders", order(TestNumbers.unique("API"), "10")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void anErpConfirmsTheShipmentAndTheInvoiceIsCreated() throws Exception {
    String orderNo = TestNumbers.unique("API");
    as("lily").postJson("/api/orders", order(orderNo, "8000"));
    String shipment = "{\"shipDate\":\"" + TODAY + "\",\"invoiceNo\":\"" + orderNo + "-INV\",\"amount\":8000}";

    assertThat(as("frank").postJson("/api/orders/" + orderNo + "/shipment", shipment).statusCode()).isEqualTo(403);
    HttpResponse<String> response = as("lily").postJson("/api/orders/" + orderNo + "/shipment", shipment);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asText()).isEqualTo("INVOICED");
    assertThat(body.get("invoiceNo").asText()).isEqualTo(orderNo + "-INV");
    assertThat(body.get("dueDate").asText()).isEqualTo("2026-04-01");

    HttpResponse<String> again = as("lily").postJson("/api/orders/" + orderNo + "/shipment", shipment);
    assertThat(again.statusCode()).as("already shipped").isEqualTo(409);

    HttpResponse<String> tooMuch = as("lily").postJson("/api/orders/" + orderNo + "/shipment",
        "{\"shipDate\":\"" + TODAY + "\",\"invoiceNo\":\"X\",\"amount\":9000}");
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    assertThat(fields(tooMuch)).containsExactly("amount");

    HttpResponse<String> missing = as("lily").postJson("/api/orders/" + orderNo + "/shipment", "{}");
    assertThat(fields(missing)).containsExactlyInAnyOrder("shipDate", "invoiceNo", "amount");
  }

  @Test
  void anOrderIsCancelledWithAReasonBeforeItShips() throws Exception {
    String orderNo = TestNumbers.unique("API");
    as("lily").postJson("/api/orders", order(orderNo, "1000"));

    HttpResponse<String> noReason = as("lily").postJson("/api/orders/" + orderNo + "/cancellation", "{}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(fields(noReason)).containsExactly("reason");

    HttpResponse<String> response = as("carol").postJson("/api/orders/" + orderNo + "/cancellation",
        "{\"reason\":\"customer withdrew\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("CANCELLED");

    assertThat(as("carol").postJson("/api/orders/" + orderNo + "/cancellation", "{\"reason\":\"again\"}").statusCode())
        .isEqualTo(409);
  }
}
