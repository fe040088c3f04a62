package io.ardesk.web.complaints;

import static io.ardesk.complaints.ComplaintFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.complaints.ComplaintFixtures;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/complaints} and {@code /api/reports/complaints} over HTTP, with the demo users. */
@IntegrationTest
class ComplaintApiTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired TaskService taskService;

  LocalDateTime morning;
  String customerNo;
  String invoiceNo;
  String foreignInvoiceNo;

  @BeforeEach
  void customerWithAnInvoiceAndAnotherCustomersInvoice() {
    morning = ComplaintFixtures.aMorningOfItsOwn();
    ClockUtil.setCurrentTime(date(morning));
    var fixtures = new ComplaintFixtures(customers, invoices);
    customerNo = fixtures.customer("Beta Instruments Co", "lily");
    invoiceNo = fixtures.invoice(customerNo, "2500.00", morning.toLocalDate().minusDays(10));
    foreignInvoiceNo = fixtures.invoice(fixtures.customer("Gamma Ltd", null), "99.00",
        morning.toLocalDate().minusDays(10));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anyRoleGroupReceivesAComplaintAndReadsItWithItsSteps() throws Exception {
    HttpResponse<String> created = http("frank").postJson("/api/complaints", """
        {"customerNo": "%s", "category": "QUALITY", "description": "Gauges out of calibration",
         "invoiceNos": ["%s"], "claimAmount": 420.46}""".formatted(customerNo, invoiceNo));

    assertThat(created.statusCode()).isEqualTo(201);
    String complaintNo = JSON.readTree(created.body()).get("complaintNo").asText();
    assertThat(complaintNo).matches("C-" + morning.getYear() + "-\\d{6}");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/complaints/" + complaintNo);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(complaintNo).singleResult().getAssignee())
        .isEqualTo("lily");

    HttpResponse<String> read = http("carol").get("/api/complaints/" + complaintNo);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode complaint = JSON.readTree(read.body());
    assertThat(complaint.get("customerName").asText()).isEqualTo("Beta Instruments Co");
    assertThat(complaint.get("category").asText()).isEqualTo("QUALITY");
    assertThat(complaint.get("claimAmount").decimalValue()).isEqualByComparingTo("420.46");
    assertThat(complaint.get("currency").asText()).isEqualTo("CNY");
    assertThat(complaint.get("status").asText()).isEqualTo("OPEN");
    assertThat(complaint.get("receivedBy").asText()).isEqualTo("frank");
    assertThat(complaint.at("/firstResponse/missed").asBoolean()).isFalse();
    assertThat(complaint.at("/invoices/0/invoiceNo").asText()).isEqualTo(invoiceNo);
    assertThat(complaint.at("/invoices/0/disputed").asBoolean()).isTrue();
    assertThat(complaint.get("steps")).extracting(s -> s.get("step").asText())
        .containsExactly("RECEIVED", "INVOICES_DISPUTED");
    assertThat(complaint.at("/steps/0/recordedBy").asText()).isEqualTo("frank");
  }

  @Test
  void badInputIsRefusedWith422NamingEachField() throws Exception {
    HttpResponse<String> response = http("lily").postJson("/api/complaints", """
        {"customerNo": "NO-SUCH-CUSTOMER", "description": "  ", "claimAmount": -5}""");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(errors(response)).containsExactly(
        "customerNo: customer NO-SUCH-CUSTOMER does not exist",
        "category: is required",
        "description: is required",
        "claimAmount: must not be negative");
  }

  @Test
  void unknownOrForeignInvoicesAndUnknownCategoriesAreRefused() throws Exception {
    HttpResponse<String> response = http("lily").postJson("/api/complaints", """
        {"customerNo": "%s", "category": "WEATHER", "description": "Late",
         "invoiceNos": ["NO-SUCH-INVOICE", "%s", "%s"]}""".formatted(customerNo, foreignInvoiceNo, invoiceNo));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(errors(response)).containsExactly(
        "category: must be one of [QUALITY, QUANTITY, DELIVERY_TIME, DELIVERY_PROCESS, STOCK, SHIPPING_DOCUMENTS,"
            + " AFTER_SALES_SERVICE, BILLING]",
        "invoiceNos[0]: invoice NO-SUCH-INVOICE does not exist",
        "invoiceNos[1]: invoice " + foreignInvoiceNo + " belongs to another customer than " + customerNo);
    assertThat(invoices.get(invoiceNo).isDisputed()).isFalse();
  }

  @Test
  void anUnknownComplaintIs404AndStrangersAre401() throws Exception {
    HttpResponse<String> missing = http("lily").get("/api/complaints/C-1999-000000");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(errors(missing)).containsExactly("complaintNo: complaint C-1999-000000 does not exist");

    assertThat(new Http(port).get("/api/complaints/C-1999-000000").statusCode()).isEqualTo(401);
    assertThat(new Http(port).postJson("/api/complaints", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void supervisorsReadTheReportOfAPeriodAndSalesMayNot() throws Exception {
    http("lily").postJson("/api/complaints", """
        {"customerNo": "%s", "category": "delivery time", "description": "Two days late"}""".formatted(customerNo));
    String day = morning.toLocalDate().toString();

    HttpResponse<String> report = http("steve").get("/api/reports/complaints?from=" + day + "&to=" + day);

    assertThat(report.statusCode()).isEqualTo(200);
    JsonNode figures = JSON.readTree(report.body());
    assertThat(figures.get("received").asLong()).isEqualTo(1);
    assertThat(figures.at("/byCategory/DELIVERY_TIME").asLong()).isEqualTo(1);
    assertThat(figures.at("/byCategory/QUALITY").asLong()).isZero();
    assertThat(figures.at("/byOutcome/OPEN").asLong()).isEqualTo(1);
    assertThat(figures.get("awaitingFirstResponse").asLong()).isEqualTo(1);
    assertThat(figures.get("shareAnsweredInTime").isNull()).isTrue();
    assertThat(figures.get("averageHoursToClose").isNull()).isTrue();
    assertThat(http("olivia").get("/api/reports/complaints?from=" + day + "&to=" + day).statusCode()).isEqualTo(200);
    assertThat(http("lily").get("/api/reports/complaints?from=" + day + "&to=" + day).statusCode()).isEqualTo(403);

    HttpResponse<String> backwards = http("steve").get("/api/reports/complaints?from=" + day + "&to="
        + LocalDate.parse(day).minusDays(1));
    assertThat(backwards.statusCode()).isEqualTo(422);
    assertThat(errors(backwards)).containsExactly("to: must not be before from");
  }

  Http http(String user) {
    return new Http(port).asDemo(user);
  }

  static List<String> errors(HttpResponse<String> response) throws Exception {
    List<String> errors = new ArrayList<>();
    JSON.readTree(response.body()).get("errors")
        .forEach(e -> errors.add(e.get("field").asText() + ": " + e.get("message").asText()));
    return errors;
  }
}
