package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.report.PaymentRecord;
import io.ardesk.ledger.report.PaymentRecordService;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Promises to pay have an amount and a currency, the customer's by default, and payments in any
 * currency count at their payment date's rate (docs/domain.md §9). USD at 7.20 CNY from 1994-01-01;
 * the dates are of 1994, a year no other test uses.
 */
@IntegrationTest
class PromiseCurrencyTest {
  static final String CASE = "collection-case";
  static final LocalDate DUE = LocalDate.of(1994, 3, 1);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired PaymentRecordService paymentRecords;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    if (jdbc.queryForObject("select count(*) from exchange_rate where currency = 'USD' and rate_date = ?",
        Integer.class, LocalDate.of(1994, 1, 1)) == 0) {
      jdbc.update("insert into exchange_rate (currency, rate_date, rate, imported_at, imported_by)"
          + " values ('USD', ?, 7.20, current_timestamp, 'test')", LocalDate.of(1994, 1, 1));
    }
  }

  @AfterEach
  void reset() {
    kit.resetClock();
  }

  /** A CNY customer owing 100,000.00 CNY due 1994-03-01, its case started on day 5. */
  String customerInCollections() {
    String customerNo = kit.customer("Pearl River Tools", "ap@pearl.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    invoices.postInvoice(new NewInvoice(customerNo + "-INV", customerNo, DUE.minusDays(30),
        new BigDecimal("100000.00"), DUE, "CNY", null), "test");
    kit.today(DUE.plusDays(5));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    return customerNo;
  }

  void payDollars(String customerNo, String amount) {
    payments.postPayment(new NewPayment(TestNumbers.unique("PAY"), customerNo, LocalDate.of(1994, 3, 15),
        new BigDecimal(amount), List.of(), PaymentMethod.TRANSFER, "USD"), "test");
  }

  @Test
  void aPromiseOfYuanPaidInDollarsAtThePaymentDatesRateIsKept() {
    // promised 72,000.00 CNY by 03-20; paid 10,000.00 USD on 03-15 at 7.20 = 72,000.00 CNY: kept
    // (at face value, 10,000.00 of 72,000.00, it would be broken)
    String customerNo = customerInCollections();
    cases.recordPromise(customerNo, LocalDate.of(1994, 3, 20), new BigDecimal("72000.00"), "carol");
    assertThat(cases.view(customerNo).openPromise().currency()).isEqualTo("CNY");
    kit.today(LocalDate.of(1994, 3, 15));
    payDollars(customerNo, "10000.00");
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).openPromise().paidAmount()).isEqualByComparingTo("72000.00");

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");

    CaseView view = cases.view(customerNo);
    assertThat(view.status()).isEqualTo("OPEN");
    assertThat(view.promises()).singleElement().satisfies(p -> {
      assertThat(p.status()).isEqualTo("KEPT");
      assertThat(p.amount()).isEqualByComparingTo("72000.00");
      assertThat(p.currency()).isEqualTo("CNY");
    });
    assertThat(view.history()).filteredOn(a -> a.kind() == ActionKind.PROMISE_KEPT).singleElement()
        .satisfies(a -> {
          assertThat(a.amount()).isEqualByComparingTo("72000.00");
          assertThat(a.currency()).isEqualTo("CNY");
        });
    assertThat(view.history()).noneMatch(a -> a.kind() == ActionKind.PROMISE_BROKEN);
  }

  @Test
  void aPromiseInDollarsCountsAYuanPaymentConvertedAndABouncedOneComesOffAgain() {
    // promised 5,000.00 USD; paid 36,000.00 CNY on 03-15 = 5,000.00 USD at 7.20; the cheque bounces: 0.00 again
    String customerNo = customerInCollections();
    HttpResponse<String> recorded = new Http(port).asDemo("carol").postJson("/api/collections/cases/" + customerNo
        + "/promises", "{\"date\":\"1994-03-20\",\"amount\":5000.00,\"currency\":\"USD\"}");
    assertThat(recorded.statusCode()).isEqualTo(201);
    assertThat(recorded.body()).contains("\"currency\":\"USD\"");
    kit.today(LocalDate.of(1994, 3, 15));
    String paymentNo = TestNumbers.unique("PAY");
    payments.postPayment(new NewPayment(paymentNo, customerNo, LocalDate.of(1994, 3, 15), new BigDecimal("36000.00"),
        List.of(customerNo + "-INV"), PaymentMethod.CHEQUE, "CNY"), "test");
    assertThat(cases.view(customerNo).openPromise().paidAmount()).isEqualByComparingTo("5000.00");

    payments.reversePayment(paymentNo, LocalDate.of(1994, 3, 16), "cheque bounced", "test");

    assertThat(cases.view(customerNo).openPromise().paidAmount()).isEqualByComparingTo("0.00");
  }

  @Test
  void thePaymentRecordCountsEveryPaymentInTheCustomersCurrencyAtThePaymentDatesRate() {
    // 1,000.00 USD invoice paid on 03-15 by 1,000.00 USD, 14 days late: 7,200.00 CNY at 7.20
    String customerNo = customerInCollections();
    invoices.postInvoice(new NewInvoice(customerNo + "-USD", customerNo, DUE.minusDays(30), new BigDecimal("1000.00"),
        DUE, "USD", null), "test");
    kit.today(LocalDate.of(1994, 3, 15));
    payments.postPayment(new NewPayment(TestNumbers.unique("PAY"), customerNo, LocalDate.of(1994, 3, 15),
        new BigDecimal("1000.00"), List.of(customerNo + "-USD"), PaymentMethod.TRANSFER, "USD"), "test");

    PaymentRecord record = paymentRecords.paymentRecord(customerNo);

    assertThat(record.currency()).isEqualTo("CNY");
    assertThat(record.totalPaid()).isEqualByComparingTo("7200.00");
    assertThat(record.weightedAverageDaysLate()).isEqualByComparingTo("14");
    assertThat(record.lines()).singleElement().satisfies(line -> {
      assertThat(line.amount()).isEqualByComparingTo("7200.00");
      assertThat(line.paidAmount()).isEqualByComparingTo("1000.00");
      assertThat(line.paidCurrency()).isEqualTo("USD");
      assertThat(line.rate()).isEqualByComparingTo("7.2");
    });
  }

  @Test
  void aPromiseInAnUnknownCurrencyIsRefusedNamingTheFieldAndNothingIsRecorded() throws Exception {
    String customerNo = customerInCollections();
    Http carol = new Http(port).asDemo("carol");
    for (String currency : List.of("XYZ", "usd", "XAU")) {
      HttpResponse<String> refused = carol.postJson("/api/collections/cases/" + customerNo + "/promises",
          "{\"date\":\"1994-03-20\",\"amount\":5000.00,\"currency\":\"" + currency + "\"}");
      assertThat(refused.statusCode()).as(currency).isEqualTo(422);
      JsonNode errors = json.readTree(refused.body()).get("errors");
      assertThat(errors.findValuesAsText("field")).as(currency).containsExactly("currency");
    }
    assertThat(json.readTree(carol.postJson("/api/collections/cases/" + customerNo + "/promises",
        "{\"date\":\"1994-03-20\",\"amount\":5000.00,\"currency\":\"XAU\"}").body()).get("errors").get(0)
        .get("message").asText()).isEqualTo("no exchange rate XAU→CNY on or before 1994-03-06: payments could not be"
            + " counted towards the promise");
    assertThat(cases.view(customerNo).promises()).isEmpty();
  }
}
