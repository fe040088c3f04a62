package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseMeasures;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.CollectionMeasure;
import io.ardesk.collections.PenaltyInterest;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.collections.extensions.ExtensionView;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.extensions.ExtensionProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one interest rule of docs/domain.md §8 for a supervisor's penalty interest, an extension's
 * outcome and the dunning letters: per invoice in its currency, at the contract's, else the customer's,
 * else the default rate (18.25 % = 0.05 % a day), from the later of the due date and the day interest
 * was charged through, so no day is charged twice. USD at 7.10 CNY; the dates are of 1993, a year no
 * other test uses.
 */
@IntegrationTest
class InterestRuleTest {
  static final String CASE = "collection-case";
  static final String EXTENSION = "payment-extension";
  static final LocalDate DUE = LocalDate.of(1993, 3, 1);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired CaseMeasures measures;
  @Autowired PenaltyInterest penaltyInterest;
  @Autowired InvoiceService invoices;
  @Autowired ExtensionProcess extensions;
  @Autowired ExtensionRequests requests;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    if (jdbc.queryForObject("select count(*) from exchange_rate where currency = 'USD' and rate_date = ?",
        Integer.class, LocalDate.of(1993, 1, 1)) == 0) {
      jdbc.update("insert into exchange_rate (currency, rate_date, rate, imported_at, imported_by)"
          + " values ('USD', ?, 7.10, current_timestamp, 'test')", LocalDate.of(1993, 1, 1));
    }
  }

  @AfterEach
  void reset() {
    kit.resetClock();
  }

  /** A CNY customer with one invoice per (currency, amount), each due 1993-03-01. */
  String customerWith(String... currencyAndAmount) {
    String customerNo = kit.customer("Harbour Instruments", "ap@harbour.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    for (int i = 0; i < currencyAndAmount.length; i += 2) {
      invoices.postInvoice(new NewInvoice(customerNo + "-" + currencyAndAmount[i], customerNo, DUE.minusDays(30),
          new BigDecimal(currencyAndAmount[i + 1]), DUE, currencyAndAmount[i], null), "test");
    }
    return customerNo;
  }

  /** The case started {@code days} after the due date. */
  void caseOn(String customerNo, int days) {
    kit.today(DUE.plusDays(days));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
  }

  /** A collector asks, the supervisor steve charges penalty interest in Tasklist; the case posts it. */
  CollectionMeasure chargePenaltyInterest(String customerNo) {
    measures.request(customerNo, "Third delay this year", "carol");
    kit.runDueJobs(CASE, customerNo);
    kit.complete(CASE, customerNo, "Task_DecideMeasure", "steve",
        Map.of("measureDecision", "PENALTY_INTEREST", "measureReason", "Late again"));
    kit.runDueJobs(CASE, customerNo);
    return measures.latestDecided(customerNo).orElseThrow();
  }

  Map<String, BigDecimal> charges(String customerNo) {
    return jdbc.query("select i.invoice_no, i.amount, i.currency from invoice i join customer c on c.id = i.customer_id"
        + " where c.customer_no = ? and i.kind = 'CHARGE'", (rs, n) -> Map.entry(rs.getString(1) + " "
        + rs.getString(3), rs.getBigDecimal(2)), customerNo).stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Test
  void penaltyInterestOnADollarInvoiceIsChargedInDollarsWithTheConvertedFigureAndItsRateShown() {
    // 10,000.00 USD × 18.25 % × 30 / 365 = 150.00 USD; at 7.10 that is 1,065.00 CNY
    String customerNo = customerWith("USD", "10000.00");
    caseOn(customerNo, 30);
    assertThat(measures.penaltyInterestDue(customerNo)).containsExactly(
        new PenaltyInterest.Sum("USD", new BigDecimal("150.00")));
    assertThat(measures.penaltyInterestText(customerNo)).isEqualTo("150.00 USD (1,065.00 CNY at 7.1 on 1993-03-31)");
    assertThat(measures.penaltyInterestToday(customerNo)).isEqualByComparingTo("1065.00");

    CollectionMeasure measure = chargePenaltyInterest(customerNo);

    assertThat(measure.getAmount()).isEqualByComparingTo("150.00");
    assertThat(measure.getCurrency()).isEqualTo("USD");
    String chargeNo = "PI-" + measure.getCaseId() + "-" + measure.getId();
    assertThat(measure.getChargeNo()).isEqualTo(chargeNo);
    assertThat(charges(customerNo)).containsOnlyKeys(chargeNo + " USD");
    assertThat(charges(customerNo).get(chargeNo + " USD")).isEqualByComparingTo("150.00");
    assertThat(invoices.get(customerNo + "-USD").getInterestChargedThrough()).isEqualTo(DUE.plusDays(30));
    CaseView.Action decided = cases.view(customerNo).history().stream()
        .filter(a -> a.kind() == ActionKind.MEASURE_DECIDED).findFirst().orElseThrow();
    assertThat(decided.amount()).isEqualByComparingTo("150.00");
    assertThat(decided.currency()).isEqualTo("USD");
    assertThat(decided.note()).startsWith("penalty interest 150.00 USD (1,065.00 CNY at 7.1 on 1993-03-31) to 1993-03-31");
    // charged through today: nothing more is due, whoever asks again
    assertThat(measures.penaltyInterestDue(customerNo)).isEmpty();
  }

  @Test
  void aCustomerWithYuanAndDollarItemsIsChargedOnceInEachCurrencyNeverAsOneSum() {
    // 4,000.00 CNY × 18.25 % × 30 / 365 = 60.00 CNY; 10,000.00 USD the same way = 150.00 USD (1,065.00 CNY)
    String customerNo = customerWith("CNY", "4000.00", "USD", "10000.00");
    caseOn(customerNo, 30);
    assertThat(measures.penaltyInterestText(customerNo))
        .isEqualTo("60.00 CNY; 150.00 USD (1,065.00 CNY at 7.1 on 1993-03-31)");

    CollectionMeasure measure = chargePenaltyInterest(customerNo);

    String chargeNo = "PI-" + measure.getCaseId() + "-" + measure.getId();
    Map<String, BigDecimal> charges = charges(customerNo);
    assertThat(charges).containsOnlyKeys(chargeNo + "-CNY CNY", chargeNo + "-USD USD");
    assertThat(charges.get(chargeNo + "-CNY CNY")).isEqualByComparingTo("60.00");
    assertThat(charges.get(chargeNo + "-USD USD")).isEqualByComparingTo("150.00");
    // the case's one figure is in the customer's currency: 60.00 + 1,065.00, the rate stated
    assertThat(measure.getAmount()).isEqualByComparingTo("1125.00");
    assertThat(measure.getCurrency()).isEqualTo("CNY");
    assertThat(measures.letterMeasures(List.of(measure))).extracting(m -> m.amount().toPlainString() + " " + m.currency())
        .containsExactly("60.00 CNY", "150.00 USD");
  }

  @Test
  void anExtensionAfterPenaltyInterestChargesOnlyTheDaysNotChargedYet() {
    // docs/domain.md §8: 10,000.00 due 03-01, extended to 04-30, nothing paid: penalty 500.00 and interest
    // for 60 days 300.00 when nothing was charged before. Penalty interest was charged 03-01..03-31 (150.00),
    // so the extension charges 03-31..04-30: 10,000.00 × 18.25 % × 30 / 365 = 150.00.
    String customerNo = customerWith("CNY", "10000.00");
    caseOn(customerNo, 30);
    CollectionMeasure measure = chargePenaltyInterest(customerNo);
    assertThat(measure.getAmount()).isEqualByComparingTo("150.00");

    kit.today(LocalDate.of(1993, 4, 1));
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-CNY"),
        LocalDate.of(1993, 4, 30), "Its own customer pays late"), RequestSource.API, "lily");
    kit.runDueJobs(EXTENSION, requestNo);
    kit.complete(EXTENSION, requestNo, "Task_CheckCredit", "carol", Map.of("creditCheck", "GOOD"));
    kit.fireTimer(EXTENSION, requestNo, "Timer_NewDatePassed");

    ExtensionView view = requests.view(requestNo);
    assertThat(view.outcome()).isEqualTo("NOTHING_PAID");
    Map<String, BigDecimal> charged = view.charges().stream()
        .collect(Collectors.toMap(ExtensionView.Charge::kind, ExtensionView.Charge::amount));
    assertThat(charged.get("PENALTY")).isEqualByComparingTo("500.00");
    assertThat(charged.get("INTEREST")).isEqualByComparingTo("150.00");
    Invoice invoice = invoices.get(customerNo + "-CNY");
    assertThat(invoice.getInterestChargedThrough()).isEqualTo(LocalDate.of(1993, 4, 30));
    assertThat(invoices.changes(customerNo + "-CNY")).filteredOn(c -> c.getKind().equals("INTEREST_CHARGED"))
        .extracting(c -> c.getNewValue()).containsExactly("1993-03-31", "1993-04-30");
  }

  @Test
  void theCustomersRateGovernsTheExtensionsInterest() {
    // 10,000.00 due 03-01 extended to 04-30, 6,000.00 paid: interest on 4,000.00 for 60 days at the customer's
    // 10 % = 4,000.00 × 0.10 × 60 / 365 = 65.75 (at the default 18.25 % it would be 120.00)
    String customerNo = customerWith("CNY", "10000.00");
    measures.setCustomerRate(customerNo, new BigDecimal("0.10"), "agreed in the contract talks", "carol");
    kit.today(DUE.minusDays(9));
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-CNY"),
        LocalDate.of(1993, 4, 30), "Its own customer pays late"), RequestSource.API, "lily");
    kit.runDueJobs(EXTENSION, requestNo);
    kit.complete(EXTENSION, requestNo, "Task_CheckCredit", "carol", Map.of("creditCheck", "GOOD"));
    kit.today(LocalDate.of(1993, 4, 20));
    kit.pay(customerNo, "6000.00", customerNo + "-CNY");

    kit.fireTimer(EXTENSION, requestNo, "Timer_NewDatePassed");

    ExtensionView view = requests.view(requestNo);
    assertThat(view.outcome()).isEqualTo("INTEREST");
    assertThat(view.charges()).singleElement().satisfies(charge -> {
      assertThat(charge.kind()).isEqualTo("INTEREST");
      assertThat(charge.amount()).isEqualByComparingTo("65.75");
      assertThat(charge.rate()).isEqualByComparingTo("0.10");
    });
  }

  @Test
  void aDunningLetterShowsOnlyTheInterestNotChargedYetAtTheCustomersRate() {
    // charged 03-01..03-31 by the supervisor; the third letter on 04-30 (day 60) shows the 30 days since:
    // 10,000.00 × 10 % × 30 / 365 = 82.19 (not 60 days, 164.38)
    String customerNo = customerWith("CNY", "10000.00");
    measures.setCustomerRate(customerNo, new BigDecimal("0.10"), "agreed in the contract talks", "carol");
    caseOn(customerNo, 30);
    chargePenaltyInterest(customerNo);
    assertThat(penaltyInterest.overdueInvoices(customerNo, LocalDate.of(1993, 4, 30))).singleElement()
        .satisfies(a -> {
          assertThat(a.from()).isEqualTo(LocalDate.of(1993, 3, 31));
          assertThat(a.days()).isEqualTo(30);
        });

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");

    Long caseId = cases.openCase(customerNo).orElseThrow().getId();
    BigDecimal shown = jdbc.queryForObject("select interest from outgoing_letter where case_id = ? and stage = 'LETTER_3'",
        BigDecimal.class, caseId);
    assertThat(shown).isEqualByComparingTo("82.19");
  }
}
