package io.ardesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CSV imports over HTTP: all or nothing, idempotent, every bad row named by line and column. */
@IntegrationTest
class ImportApiTest {
  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  String c1;
  String c2;

  @BeforeEach
  void twoCustomers() {
    c1 = TestNumbers.unique("IMP");
    c2 = TestNumbers.unique("IMP");
    var created = carol().post("/api/imports/customers", "text/csv",
        "name,customer_no,currency,credit_limit,address\n"
            + "\"Li, Wei & Sons\"," + c1 + ",CNY,50000.00,\"Room 1, \"\"Tower\"\" A\"\n"
            + "Zhang Ltd," + c2 + ",,,\n");
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(body(created).get("created").asInt()).isEqualTo(2);
  }

  @Test
  void importsInvoicesAndPaymentsAndReimportCreatesNothing() {
    String invoices = "invoice_no,customer_no,issue_date,amount,due_date,contract_no\n"
        + c1 + "-1," + c1 + ",2024-01-01,1000.00,2024-01-31,K-1\n"
        + c1 + "-2," + c1 + ",2024-01-05,500.50,,\n";
    assertThat(body(frank().post("/api/imports/invoices", "text/csv", invoices)))
        .isEqualTo(node("{\"created\":2,\"unchanged\":0}"));
    String payments = "payment_no,customer_no,payment_date,amount,invoice_no,method\n"
        + c1 + "-P1," + c1 + ",2024-02-01,1200.50,\"" + c1 + "-2;" + c1 + "-1\",TRANSFER\n";
    assertThat(body(frank().post("/api/imports/payments", "text/csv", payments)).get("created").asInt()).isEqualTo(1);

    assertThat(body(frank().post("/api/imports/invoices", "text/csv", invoices)))
        .isEqualTo(node("{\"created\":0,\"unchanged\":2}"));
    assertThat(body(frank().post("/api/imports/payments", "text/csv", payments)))
        .isEqualTo(node("{\"created\":0,\"unchanged\":1}"));
    JsonNode second = body(frank().get("/api/invoices/" + c1 + "-2"));
    assertThat(second.get("openAmount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(second.get("dueDate").asText()).isEqualTo("2024-02-04");
    assertThat(body(frank().get("/api/invoices/" + c1 + "-1")).get("openAmount").decimalValue())
        .isEqualByComparingTo("300.00");
    JsonNode customer = body(frank().get("/api/customers/" + c1));
    assertThat(customer.get("name").asText()).isEqualTo("Li, Wei & Sons");
    assertThat(customer.get("address").asText()).isEqualTo("Room 1, \"Tower\" A");
  }

  @Test
  void everyBadRowIsReportedAndNothingIsWritten() {
    frank().post("/api/imports/invoices", "text/csv",
        "invoice_no,customer_no,issue_date,amount\n" + c2 + "-X," + c2 + ",2024-01-01,10.00\n");
    String file = "invoice_no,customer_no,issue_date,amount,due_date\n"
        + c1 + "-OK," + c1 + ",2024-01-01,10.00,\n"             // line 2: fine
        + c1 + "-B," + c1 + ",01/02/2024,10.00,\n"              // line 3: date format
        + c1 + "-C," + c1 + ",2024-01-01,1.000,50,\n"           // line 4: field count
        + c1 + "-D,NOBODY-" + c1 + ",2024-01-01,10.00,\n"       // line 5: unknown customer
        + c1 + "-E," + c1 + ",2024-01-01,\"1,5\",\n"            // line 6: decimal comma
        + "," + c1 + ",2024-01-01,10.00,\n"                     // line 7: missing number
        + c1 + "-F," + c1 + ",2024-01-01,-3.00,\n"              // line 8: negative
        + c1 + "-G," + c1 + ",2024-03-01,10.00,2024-02-01\n"    // line 9: due before issue
        + c2 + "-X," + c2 + ",2024-01-01,11.00,\n"              // line 10: same number, other content
        + c1 + "-OK," + c1 + ",2024-01-02,10.00,\n";            // line 11: same number twice in the file

    HttpResponse<String> response = frank().post("/api/imports/invoices", "text/csv", file);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    JsonNode errors = body(response).get("errors");
    assertThat(errors).extracting(e -> e.get("line").asInt() + ":" + e.get("column").asText())
        .containsExactly("3:issue_date", "4:null", "5:customer_no", "6:amount", "7:invoice_no", "8:amount",
            "9:due_date", "10:invoice_no", "11:invoice_no");
    assertThat(errors.get(0).get("message").asText()).contains("01/02/2024");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("select ");
    assertThat(frank().get("/api/invoices/" + c1 + "-OK").statusCode()).isEqualTo(404);
  }

  @Test
  void headerErrorsNameTheColumn() {
    var unknown = frank().post("/api/imports/payments", "text/csv",
        "payment_no,customer_no,payment_date,amount,colour\nP,C,2024-01-01,1.00,red\n");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(body(unknown).get("errors").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(body(unknown).get("errors").get(0).get("column").asText()).isEqualTo("colour");

    var missing = frank().post("/api/imports/invoices", "text/csv", "invoice_no,customer_no,amount\n");
    assertThat(body(missing).get("errors")).extracting(e -> e.get("column").asText()).containsExactly("issue_date");

    var empty = frank().post("/api/imports/invoices", "text/csv", "");
    assertThat(empty.statusCode()).isEqualTo(422);

    var unclosed = frank().post("/api/imports/invoices", "text/csv",
        "invoice_no,customer_no,issue_date,amount\n\"X,C,2024-01-01,1\n");
    assertThat(body(unclosed).get("errors").get(0).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void paymentRowErrors() {
    String file = "payment_no,customer_no,payment_date,amount,invoice_no,method\n"
        + c1 + "-P1," + c1 + ",2024-02-01,10.00,NO-SUCH-INVOICE,\n"
        + c1 + "-P2," + c1 + ",2024-02-01,10.00,,PIGEON\n"
        + c1 + "-P3," + c1 + ",,10.00,,\n";
    JsonNode errors = body(frank().post("/api/imports/payments", "text/csv", file)).get("errors");
    assertThat(errors).extracting(e -> e.get("line").asInt() + ":" + e.get("column").asText())
        .containsExactly("2:invoice_no", "3:method", "4:payment_date");
  }

  @Test
  void customerImportRules() {
    var sales = new Http(port).as("lily", "Ardesk-sales-1");
    String c3 = TestNumbers.unique("IMP");
    assertThat(sales.post("/api/imports/customers", "text/csv", "customer_no,name,credit_limit\n" + c3 + ",X,1\n")
        .statusCode()).isEqualTo(403);
    assertThat(sales.post("/api/imports/customers", "text/csv", "customer_no,name,email\n" + c3 + ",X,x@y.cn\n")
        .statusCode()).isEqualTo(200);
    var bad = carol().post("/api/imports/customers", "text/csv",
        "customer_no,name,currency,payment_terms_days,settlement_method,founded_on\n"
            + c3 + ",Other name,,,,\n"
            + TestNumbers.unique("IMP") + ",Y,cny,thirty,BARTER,2020-13-01\n");
    JsonNode errors = body(bad).get("errors");
    assertThat(errors).extracting(e -> e.get("line").asInt() + ":" + e.get("column").asText())
        .containsExactly("2:customer_no", "3:settlement_method", "3:payment_terms_days", "3:founded_on");
    assertThat(frank().post("/api/imports/invoices", "text/plain", "x").statusCode()).isEqualTo(415);
    assertThat(sales.post("/api/imports/invoices", "text/csv", "invoice_no\n").statusCode()).isEqualTo(403);
  }

  private Http frank() {
    return new Http(port).as("frank", "Ardesk-finance-1");
  }

  private Http carol() {
    return new Http(port).as("carol", "Ardesk-credit-1");
  }

  private JsonNode body(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.statusCode() + " " + response.body(), e);
    }
  }

  private JsonNode node(String text) {
    try {
      return json.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
