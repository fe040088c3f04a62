package io.ardesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ledger REST API: roles, JSON names, status codes, aging as JSON and CSV, OpenAPI. */
@IntegrationTest
class LedgerApiTest {
  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired io.ardesk.support.CreditGrants grants;

  @Test
  void salesOpensCustomersButOnlyCreditSetsCreditFields() {
    String no = TestNumbers.unique("API");
    var lily = as("lily", "Ardesk-sales-1");
    assertThat(lily.postJson("/api/customers", "{\"customerNo\":\"" + no + "\",\"name\":\"N\",\"creditLimit\":5}")
        .statusCode()).isEqualTo(403);
    var created = lily.postJson("/api/customers", "{\"customerNo\":\"" + no + "\",\"name\":\"Nanjing Tools\","
        + "\"salesperson\":\"lily\",\"language\":\"zh\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode customer = body(created);
    assertThat(customer.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(customer.get("creditLimit").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(customer.get("paymentTermsDays").asInt()).isEqualTo(30);
    assertThat(customer.has("grade")).isTrue();

    assertThat(lily.patchJson("/api/customers/" + no, "{\"creditLimit\":100000}").statusCode()).isEqualTo(403);
    assertThat(lily.patchJson("/api/customers/" + no, "{\"phone\":\"025-1234\"}").statusCode()).isEqualTo(200);
    var carol = as("carol", "Ardesk-credit-1");
    var raised = carol.patchJson("/api/customers/" + no,
        "{\"creditLimit\":100000,\"grade\":\"B\",\"reason\":\"first review\"}");
    assertThat(raised.statusCode()).isEqualTo(202);
    grants.approve(body(raised).get("requestNo").asText(), "steve");
    JsonNode patched = body(carol.get("/api/customers/" + no));
    assertThat(patched.get("creditLimit").decimalValue()).isEqualByComparingTo("100000.00");
    assertThat(patched.get("grade").asText()).isEqualTo("B");
    assertThat(patched.get("phone").asText()).isEqualTo("025-1234");
    JsonNode held = body(carol.postJson("/api/customers/" + no + "/holds",
        "{\"cause\":\"CREDIT_REVIEW\",\"reference\":\"R-1\",\"reason\":\"review\"}"));
    assertThat(held.get("status").asText()).isEqualTo("CREDIT_HOLD");
    JsonNode history = body(as("olivia", "Ardesk-process-owner-1").get("/api/customers/" + no + "/history"));
    assertThat(history).anySatisfy(h -> {
      assertThat(h.get("field").asText()).isEqualTo("creditLimit");
      assertThat(h.get("newValue").asText()).isEqualTo("100000.00");
      assertThat(h.get("changedBy").asText()).isEqualTo("carol");
      assertThat(h.get("reason").asText()).isEqualTo("first review");
    });
    assertThat(as("steve", "Ardesk-supervisor-1").get("/api/customers/NO-SUCH-" + no).statusCode()).isEqualTo(404);
    assertThat(new Http(port).get("/api/customers/" + no).statusCode()).isEqualTo(401);
  }

  @Test
  void financePostsDocumentsAndTheAgingAnswersAsJsonAndCsv() {
    String no = TestNumbers.unique("API");
    var frank = as("frank", "Ardesk-finance-1");
    assertThat(as("carol", "Ardesk-credit-1").postJson("/api/customers",
        "{\"customerNo\":\"" + no + "\",\"name\":\"Wuxi, Parts\",\"creditLimit\":9000}").statusCode()).isEqualTo(201);
    String invoice = "{\"invoiceNo\":\"" + no + "-1\",\"customerNo\":\"" + no + "\",\"issueDate\":\"2013-05-01\","
        + "\"amount\":1000,\"dueDate\":\"2013-05-31\"}";
    assertThat(as("lily", "Ardesk-sales-1").postJson("/api/invoices", invoice).statusCode()).isEqualTo(403);
    assertThat(frank.postJson("/api/invoices", invoice).statusCode()).isEqualTo(201);
    assertThat(frank.postJson("/api/invoices", invoice).statusCode()).isEqualTo(200);
    var conflict = frank.postJson("/api/invoices", invoice.replace("1000", "1001"));
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(body(conflict).get("errors").get(0).get("field").asText()).isEqualTo("invoiceNo");
    var badDate = frank.postJson("/api/invoices", invoice.replace("2013-05-01", "May 1st"));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(body(badDate).get("errors").get(0).get("field").asText()).isEqualTo("issueDate");
    var missing = frank.postJson("/api/invoices", "{\"invoiceNo\":\"" + no + "-2\",\"customerNo\":\"" + no + "\"}");
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(body(missing).get("errors")).extracting(e -> e.get("field").asText()).contains("issueDate", "amount");

    JsonNode payment = body(frank.postJson("/api/payments", "{\"paymentNo\":\"" + no + "-P\",\"customerNo\":\"" + no
        + "\",\"paymentDate\":\"2013-06-10\",\"amount\":400,\"invoiceNos\":[\"" + no + "-1\"],\"method\":\"CHEQUE\"}"));
    assertThat(payment.get("allocations").get(0).get("amount").decimalValue()).isEqualByComparingTo("400.00");
    // a credit note waits for a supervisor other than the requester (credit-note-limit 0)
    var asked = frank.postJson("/api/credit-notes", "{\"creditNoteNo\":\"" + no + "-CN\",\"customerNo\":\"" + no
        + "\",\"issueDate\":\"2013-06-15\",\"amount\":100,\"invoiceNo\":\"" + no + "-1\",\"reason\":\"price difference\"}");
    assertThat(asked.statusCode()).isEqualTo(202);
    grants.approve(body(asked).get("requestNo").asText(), "steve");

    JsonNode aging = body(frank.get("/api/reports/aging?asOf=2013-06-30&customerNo=" + no));
    assertThat(aging.get("asOf").asText()).isEqualTo("2013-06-30");
    assertThat(aging.get("currency").asText()).isEqualTo("CNY");
    assertThat(aging.get("buckets")).hasSize(7);
    assertThat(aging.get("total").get("open").decimalValue()).isEqualByComparingTo("500.00");
    assertThat(aging.get("total").get("byBucket").get("1-30").decimalValue()).isEqualByComparingTo("500.00");
    assertThat(aging.get("total").get("weightedAverageDaysPastDue").decimalValue()).isEqualByComparingTo("30.00");
    assertThat(aging.get("total").get("weightedAverageDaysOutstanding").decimalValue()).isEqualByComparingTo("60.00");
    JsonNode line = aging.get("customers").get(0);
    assertThat(line.get("customerNo").asText()).isEqualTo(no);
    assertThat(line.get("maxDaysPastDue").asInt()).isEqualTo(30);
    assertThat(line.get("creditLimit").decimalValue()).isEqualByComparingTo("9000.00");
    assertThat(frank.get("/api/reports/aging?asOf=2013-06-30&customerNo=" + no).body()).contains("\"open\":500.00");

    var csv = frank.get("/api/reports/aging?asOf=2013-06-30&customerNo=" + no, "Accept", "text/csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).isEqualTo(
        "customer_no,name,open,NOT_DUE,1-30,31-60,61-90,91-180,181-365,OVER_365,max_days_past_due,"
            + "weighted_average_days_past_due,credit_limit\r\n"
            + no + ",\"Wuxi, Parts\",500.00,0.00,500.00,0.00,0.00,0.00,0.00,0.00,30,30.00,9000.00\r\n");

    JsonNode reversal = body(frank.postJson("/api/payments/" + no + "-P/reversal",
        "{\"reversalDate\":\"2013-07-02\",\"reason\":\"bounced\"}"));
    assertThat(reversal.get("kind").asText()).isEqualTo("REVERSAL");
    assertThat(frank.postJson("/api/payments/" + no + "-P/reversal", "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);
    assertThat(body(frank.get("/api/invoices/" + no + "-1")).get("openAmount").decimalValue()).isEqualByComparingTo("900.00");
    var writeOff = frank.postJson("/api/invoices/" + no + "-1/write-off",
        "{\"date\":\"2014-01-31\",\"reason\":\"bankrupt\"}");
    assertThat(writeOff.statusCode()).isEqualTo(202);
    assertThat(body(writeOff).get("openAmount").decimalValue()).isEqualByComparingTo("900.00");
    grants.approve(body(writeOff).get("requestNo").asText(), "steve");
    assertThat(body(frank.get("/api/invoices/" + no + "-1")).get("openAmount").decimalValue()).isEqualByComparingTo("0.00");

    var statement = body(frank.get("/api/customers/" + no + "/statement?month=2013-06"));
    assertThat(statement.get("openingBalance").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(statement.get("closingBalance").decimalValue()).isEqualByComparingTo("500.00");
    assertThat(statement.get("lines")).hasSize(2);
    var record = body(frank.get("/api/reports/payment-record?customerNo=" + no));
    assertThat(record.get("delinquency").get("reversedPayments").asInt()).isEqualTo(1);
    assertThat(frank.get("/api/reports/kpis?from=2013-06-01&to=2013-06-30").statusCode()).isEqualTo(200);
    assertThat(frank.get("/api/reports/kpis?from=2013-06-01").statusCode()).isEqualTo(400);
    assertThat(frank.get("/api/reports/aging?asOf=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void theApiIsDescribedByOpenApi() {
    var docs = new Http(port).get("/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/reports/aging", "/api/imports/payments", "/api/payments/{paymentNo}/reversal");
  }

  private Http as(String user, String password) {
    return new Http(port).as(user, password);
  }

  private JsonNode body(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.statusCode() + " " + response.body(), e);
    }
  }
}
