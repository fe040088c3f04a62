package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseMeasures;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CashDiscounts;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.CollectionMeasure;
import io.ardesk.collections.MeasureDecision;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.document.CreditDocument;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cash discount is honoured (docs/domain.md §4, §8): 10,000.00 CNY due 2026-01-31, the case 20 days past due
 * (2026-02-20); the supervisor steve offers 2 % for payment by 2026-02-27. The discount is
 * 10,000.00 × 2 % = 200.00, so 9,800.00 by 2026-02-27 settles the invoice.
 */
@IntegrationTest
class CashDiscountTest {
  static final String CASE = "collection-case";
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate DUE = LocalDate.of(2026, 1, 31);
  static final LocalDate OFFERED = DUE.plusDays(20);
  static final LocalDate PAY_BY = LocalDate.of(2026, 2, 27);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired CaseMeasures measures;
  @Autowired CashDiscounts discounts;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @AfterEach
  void reset() {
    kit.resetClock();
  }

  String customerNo;
  String invoiceNo;

  /** The customer, its case 20 days past due and steve's offer of 2 % by 2026-02-27 (asked by carol). */
  CollectionMeasure offered() {
    customerNo = kit.customer("Discount Trading Ltd", "ap@discount.example", "en", "lily");
    invoiceNo = customerNo + "-INV1";
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, invoiceNo, DUE.minusDays(30), DUE, "10000.00");
    kit.today(OFFERED);
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs(CASE, customerNo);
    measures.request(customerNo, "Would pay at once for a discount", "carol");
    kit.runDueJobs(CASE, customerNo);
    kit.complete(CASE, customerNo, "Task_DecideMeasure", "steve", Map.of("measureDecision", "CASH_DISCOUNT",
        "discountPercent", 2, "payBy", PAY_BY.toString(), "measureReason", "Old customer, pays if it can save"));
    CollectionMeasure offer = measures.latestDecided(customerNo).orElseThrow();
    assertThat(offer.getAmount()).isEqualByComparingTo("200.00");
    assertThat(discounts.covered(offer.getId())).extracting(CashDiscounts.Covered::invoiceNo,
        c -> c.openAmount().toPlainString(), c -> c.discount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(invoiceNo, "10000.00", "200.00"));
    return offer;
  }

  String pay(LocalDate on, String amount) {
    String paymentNo = TestNumbers.unique("PAY");
    kit.today(on);
    payments.postPayment(new NewPayment(paymentNo, customerNo, on, new BigDecimal(amount), List.of(invoiceNo),
        PaymentMethod.CHEQUE, "CNY"), "fiona");
    return paymentNo;
  }

  int creditNotes() {
    return jdbc.queryForObject("select count(*) from credit_document d join customer c on c.id = d.customer_id"
        + " where c.customer_no = ? and d.kind = 'CREDIT_NOTE'", Integer.class, customerNo);
  }

  @Test
  void nineThousandEightHundredByThePayByDateSettlesTenThousandWithATwoHundredCreditNote_once() {
    CollectionMeasure offer = offered();
    String paymentNo = pay(PAY_BY, "9800.00");

    assertThat(invoices.get(invoiceNo).getOpenAmount()).isEqualByComparingTo("0.00");
    CreditDocument note = payments.creditNote("CD-" + offer.getId()).orElseThrow();
    assertThat(note.getAmount()).isEqualByComparingTo("200.00");
    assertThat(note.getCurrency()).isEqualTo("CNY");
    assertThat(note.getDocumentDate()).isEqualTo(PAY_BY);
    assertThat(note.invoiceNos()).containsExactly(invoiceNo);
    assertThat(note.getApprover()).as("the supervisor's approval of the offer is the second person").isEqualTo("steve");
    assertThat(note.getApprovalRef()).isEqualTo("cash discount offer " + offer.getId());
    assertThat(note.getReason()).isEqualTo("Cash discount 2 % (offer " + offer.getId() + ", pay by 2026-02-27)"
        + " earned by payment " + paymentNo);
    CollectionMeasure earned = measures.latestDecided(customerNo).orElseThrow();
    assertThat(earned.getDiscountPaymentNo()).isEqualTo(paymentNo);

    // the case sees nothing overdue and closes
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.instance(CASE, customerNo)).isNull();
    assertThat(cases.openCase(customerNo)).isEmpty();

    // a retry (the same payment again, the listener again) posts nothing twice
    payments.postPayment(new NewPayment(paymentNo, customerNo, PAY_BY, new BigDecimal("9800.00"), List.of(invoiceNo),
        PaymentMethod.CHEQUE, "CNY"), "fiona");
    assertThat(discounts.honour(customerNo, paymentNo, PAY_BY)).isEmpty();
    assertThat(creditNotes()).isEqualTo(1);
    assertThat(invoices.get(invoiceNo).getOpenAmount()).isEqualByComparingTo("0.00");
  }

  @Test
  void nineThousandSevenHundredIsShortAndGetsNoDiscount() {
    CollectionMeasure offer = offered();
    pay(PAY_BY.minusDays(1), "9700.00");

    assertThat(invoices.get(invoiceNo).getOpenAmount()).as("10,000.00 − 9,700.00").isEqualByComparingTo("300.00");
    assertThat(payments.creditNote("CD-" + offer.getId())).isEmpty();
    assertThat(creditNotes()).isZero();
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.openCase(customerNo)).isPresent();
  }

  @Test
  void afterThePayByDateThereIsNoDiscount() {
    CollectionMeasure offer = offered();
    pay(PAY_BY.plusDays(1), "9800.00");

    assertThat(invoices.get(invoiceNo).getOpenAmount()).isEqualByComparingTo("200.00");
    assertThat(payments.creditNote("CD-" + offer.getId())).isEmpty();
    assertThat(creditNotes()).isZero();
  }

  @Test
  void reversingThePaymentReversesTheDiscount() {
    CollectionMeasure offer = offered();
    String paymentNo = pay(PAY_BY, "9800.00");
    kit.runDueJobs(CASE, customerNo);
    assertThat(invoices.get(invoiceNo).getOpenAmount()).isEqualByComparingTo("0.00");

    kit.today(PAY_BY.plusDays(3));
    payments.reversePayment(paymentNo, PAY_BY.plusDays(3), "cheque bounced", "fiona");

    assertThat(invoices.get(invoiceNo).getOpenAmount()).as("9,800.00 + 200.00 open again").isEqualByComparingTo("10000.00");
    Integer reversals = jdbc.queryForObject("select count(*) from credit_document where kind = 'REVERSAL'"
        + " and document_no = ?", Integer.class, "CD-" + offer.getId());
    assertThat(reversals).isEqualTo(1);
    assertThat(measures.ofCase(offer.getCaseId()).get(0).getDiscountReversedOn()).isEqualTo(PAY_BY.plusDays(3));
    assertThat(discounts.reverse(paymentNo, PAY_BY.plusDays(3))).as("once").isEmpty();
    // the reopened invoice is dunned again by a case
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.openCase(customerNo)).isPresent();
    assertThat(cases.view(customerNo).overdueAmount()).isEqualByComparingTo("10000.00");
  }

  @Test
  void theOfferNeedsAPercentAbove0UpTo50AndAPayByDateAfterToday_elseRefusedNamingTheFieldsAndNothingDecided()
      throws Exception {
    customerNo = kit.customer("Discount Input Ltd", "ap@discount.example", "en", "lily");
    invoiceNo = customerNo + "-INV1";
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, invoiceNo, DUE.minusDays(30), DUE, "10000.00");
    kit.today(OFFERED);
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    measures.request(customerNo, "Would pay at once for a discount", "carol");
    kit.runDueJobs(CASE, customerNo);

    assertThatThrownBy(() -> measures.decide(customerNo, MeasureDecision.CASH_DISCOUNT, new BigDecimal("150"),
        OFFERED.minusDays(1), "why not", "steve")).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("discountPercent", "payBy"));
    assertThatThrownBy(() -> measures.decide(customerNo, MeasureDecision.CASH_DISCOUNT, new BigDecimal("-1"),
        OFFERED.plusDays(7), "why not", "steve")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a discount above 0");

    // Tasklist's way: engine REST claim and submit-form
    Task task = kit.task(customerNo, "Task_DecideMeasure");
    Http steve = new Http(port).asDemo("steve");
    assertThat(steve.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"steve\"}").statusCode())
        .isEqualTo(204);
    HttpResponse<String> refused = steve.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"measureDecision\":{\"value\":\"CASH_DISCOUNT\"},\"discountPercent\":{\"value\":150},"
            + "\"payBy\":{\"value\":\"2026-02-19\"},\"measureReason\":{\"value\":\"why not\"}}}");
    // the form itself refuses these values (min 0.01, max 50, no passed dates); engine REST answers the rule:
    // 422 in Camunda's error shape, which Tasklist shows, its message naming the fields
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonNode body = JSON.readTree(refused.body());
    assertThat(body.get("type").asText()).isEqualTo("InvalidInputException");
    assertThat(body.get("message").asText()).isEqualTo("discountPercent: a discount above 0 and at most 50 %, two decimals;"
        + " payBy: the date the customer must pay by to earn the discount, after today");
    assertThat(body.get("errors").findValuesAsText("field")).containsExactly("discountPercent", "payBy");
    // a good percent, but a pay-by date already passed: only payBy is named
    HttpResponse<String> passed = steve.postJson("/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":{\"measureDecision\":{\"value\":\"CASH_DISCOUNT\"},\"discountPercent\":{\"value\":2},"
            + "\"payBy\":{\"value\":\"" + OFFERED.minusDays(1) + "\"},\"measureReason\":{\"value\":\"why not\"}}}");
    assertThat(passed.statusCode()).as(passed.body()).isEqualTo(422);
    assertThat(JSON.readTree(passed.body()).get("message").asText())
        .isEqualTo("payBy: the date the customer must pay by to earn the discount, after today");
    assertThat(measures.latestDecided(customerNo)).isEmpty();
    assertThat(kit.task(customerNo, "Task_DecideMeasure")).isNotNull();
    assertThat(cases.view(customerNo).history()).noneMatch(a -> a.kind() == ActionKind.MEASURE_DECIDED);
    assertThat(cases.view(customerNo).history()).extracting(CaseView.Action::kind).contains(ActionKind.MEASURE_REQUESTED);
  }
}
