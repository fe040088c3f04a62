package io.ardesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.event.EffectiveDueDateChanged;
import io.ardesk.ledger.report.AgingService;
import io.ardesk.ledger.report.KpiService;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueCustomer;
import io.ardesk.ledger.report.StatementService;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** docs/domain.md §5 aging, KPIs, expected recovery, cost of lateness; §11 statement. */
@IntegrationTest
@RecordApplicationEvents
class AgingAndReportsTest {
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired AgingService aging;
  @Autowired KpiService kpis;
  @Autowired LedgerQueries queries;
  @Autowired StatementService statements;
  @Autowired ApplicationEvents events;
  @Autowired Clock clock;

  @Test
  void bucketBoundariesAt0_1_30_31DaysAndWeightedAverages() {
    var ledger = new LedgerFixture(customers, invoices, payments, null);
    // as of 2024-06-30; each issued 30 days before its due date
    ledger.invoice("D0", "100.00", "2024-05-31", "2024-06-30");
    ledger.invoice("D1", "200.00", "2024-05-30", "2024-06-29");
    ledger.invoice("D30", "300.00", "2024-05-01", "2024-05-31");
    ledger.invoice("D31", "400.00", "2024-04-30", "2024-05-30");

    var report = aging.aging(LocalDate.of(2024, 6, 30), null, ledger.customerNo);

    var line = report.customers().get(0);
    assertThat(report.buckets()).containsExactly("NOT_DUE", "1-30", "31-60", "61-90", "91-180", "181-365", "OVER_365");
    assertThat(line.byBucket().get("NOT_DUE")).isEqualByComparingTo("100.00");
    assertThat(line.byBucket().get("1-30")).isEqualByComparingTo("500.00");
    assertThat(line.byBucket().get("31-60")).isEqualByComparingTo("400.00");
    assertThat(line.byBucket().get("61-90")).isEqualByComparingTo("0.00");
    assertThat(line.open()).isEqualByComparingTo("1000.00");
    assertThat(line.maxDaysPastDue()).isEqualTo(31);
    // (200×1 + 300×30 + 400×31) / 900
    assertThat(line.weightedAverageDaysPastDue()).isEqualByComparingTo("24.00");
    // (100×30 + 200×31 + 300×60 + 400×61) / 1000
    assertThat(report.total().weightedAverageDaysOutstanding()).isEqualByComparingTo("51.60");
    assertThat(report.total().weightedAverageDaysPastDue()).isEqualByComparingTo("24.00");

    var cost = aging.costOfLateness(LocalDate.of(2024, 6, 30), null, ledger.customerNo).get(0);
    assertThat(cost.overdue()).isEqualByComparingTo("900.00");
    // 21,600 amount-days × 0.1825 / 365
    assertThat(cost.interestCost()).isEqualByComparingTo("10.80");
    assertThat(cost.salesNeededIfLost()).isEqualByComparingTo("9000.00");
  }

  @Test
  void anExtensionCountsFromTheDayItIsGrantedAndKeepsTheOriginalDueDate() {
    var ledger = new LedgerFixture(customers, invoices, payments, null);
    LocalDate today = LocalDate.now(clock);
    String inv = ledger.invoice("X", "1000.00", today.minusDays(60).toString(), today.minusDays(30).toString());
    assertThat(queries.oldestDaysPastDue(ledger.customerNo, today)).hasValue(30);

    invoices.extendDueDate(inv, today.plusDays(10), "EXT-1");

    assertThat(invoices.get(inv).getDueDate()).isEqualTo(today.minusDays(30));
    assertThat(invoices.get(inv).getEffectiveDueDate()).isEqualTo(today.plusDays(10));
    assertThat(queries.oldestDaysPastDue(ledger.customerNo, today)).isEmpty();
    var now = aging.aging(today, null, ledger.customerNo).customers().get(0);
    assertThat(now.byBucket().get("NOT_DUE")).isEqualByComparingTo("1000.00");
    var yesterday = aging.aging(today.minusDays(1), null, ledger.customerNo).customers().get(0);
    assertThat(yesterday.byBucket().get("1-30")).isEqualByComparingTo("1000.00");
    assertThat(yesterday.maxDaysPastDue()).isEqualTo(29);
    var changed = events.stream(EffectiveDueDateChanged.class).filter(e -> e.invoiceNo().equals(inv)).findFirst().orElseThrow();
    assertThat(changed.originalDueDate()).isEqualTo(today.minusDays(30));
    assertThat(changed.newDueDate()).isEqualTo(today.plusDays(10));
  }

  @Test
  void customersWithOverdueItemsStreamAndPage() {
    var first = new LedgerFixture(customers, invoices, payments, "XOV");
    var second = new LedgerFixture(customers, invoices, payments, "XOV");
    first.invoice("A", "100.00", "2024-01-01", "2024-01-31");
    first.invoice("B", "50.00", "2024-02-01", "2024-03-02");
    second.invoice("A", "70.00", "2024-02-01", "2024-03-02");
    LocalDate asOf = LocalDate.of(2024, 3, 10);

    var all = new ArrayList<OverdueCustomer>();
    queries.forEachCustomerWithOverdueItems(asOf, "XOV", 1, all::add);
    assertThat(all).containsExactly(new OverdueCustomer(first.customerNo, new BigDecimal("150.00"), 2, 39),
        new OverdueCustomer(second.customerNo, new BigDecimal("70.00"), 1, 8));

    var over30 = new ArrayList<OverdueCustomer>();
    queries.forEachCustomerWithOverdueItems(asOf, "XOV", 31, over30::add);
    assertThat(over30).extracting(OverdueCustomer::customerNo).containsExactly(first.customerNo);

    assertThat(queries.customersWithOverdueItems(asOf, "XOV", 1, null, 1))
        .extracting(OverdueCustomer::customerNo).containsExactly(first.customerNo);
    assertThat(queries.customersWithOverdueItems(asOf, "XOV", 1, first.customerNo, 10))
        .extracting(OverdueCustomer::customerNo).containsExactly(second.customerNo);
  }

  @Test
  void kpisForAMonth() {
    var ledger = new LedgerFixture(customers, invoices, payments, "XKP");
    String opening = ledger.invoice("FEB", "1000.00", "2024-02-01", "2024-03-02");
    ledger.invoice("MAR1", "2000.00", "2024-03-01", "2024-03-15");
    ledger.invoice("MAR5", "3000.00", "2024-03-05", "2024-04-04");
    ledger.pay("P", "1000.00", "2024-03-10", opening);

    var k = kpis.kpis(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), "XKP");

    assertThat(k.days()).isEqualTo(31);
    assertThat(k.beginningReceivables()).isEqualByComparingTo("1000.00");
    assertThat(k.creditSales()).isEqualByComparingTo("5000.00");
    assertThat(k.endingReceivables()).isEqualByComparingTo("5000.00");
    assertThat(k.endingCurrentReceivables()).isEqualByComparingTo("3000.00");
    assertThat(k.dso()).isEqualByComparingTo("31.00");
    assertThat(k.bestPossibleDso()).isEqualByComparingTo("18.60");
    assertThat(k.averageDaysDelinquent()).isEqualByComparingTo("12.40");
    assertThat(k.collectionEffectivenessIndex()).isEqualByComparingTo("33.33");
  }

  @Test
  void expectedRecoveryFollowsTheCurve() {
    var ledger = new LedgerFixture(customers, invoices, payments, "XER");
    ledger.invoice("A", "1000.00", "2024-01-01", "2024-01-31");
    ledger.invoice("B", "2000.00", "2024-02-01", "2024-03-15");

    // as of 2024-02-15: A is 15 days past due (0.924), B not due (0.949)
    var recovery = aging.expectedRecovery(LocalDate.of(2024, 2, 15), "XER");

    assertThat(recovery.open()).isEqualByComparingTo("3000.00");
    assertThat(recovery.expectedRecovery()).isEqualByComparingTo("2822.00");
    var notDue = recovery.buckets().get(0);
    assertThat(notDue.bucket()).isEqualTo("NOT_DUE");
    assertThat(notDue.expectedRecovery()).isEqualByComparingTo("1898.00");
    assertThat(recovery.buckets().get(1).expectedRecovery()).isEqualByComparingTo("924.00");
    assertThat(recovery.buckets().get(1).recoveryRate()).isEqualByComparingTo("92.40");
  }

  @Test
  void statementOfAccountForAMonth() {
    var ledger = new LedgerFixture(customers, invoices, payments, null);
    ledger.invoice("MAY", "500.00", "2024-05-10", "2024-06-09");
    String june = ledger.invoice("JUN", "1000.00", "2024-06-05", "2024-07-05");
    ledger.pay("P", "400.00", "2024-06-20", june);
    payments.postCreditNote(new NewCreditNote(ledger.customerNo + "-CN", ledger.customerNo, LocalDate.of(2024, 6, 25),
        new BigDecimal("100.00"), null, null, "rebate"), "frank");
    ledger.invoice("JUL", "700.00", "2024-07-01", null);

    var s = statements.statement(ledger.customerNo, YearMonth.of(2024, 6));

    assertThat(s.openingBalance()).isEqualByComparingTo("500.00");
    assertThat(s.lines()).extracting(l -> l.type()).containsExactly("INVOICE", "PAYMENT", "CREDIT_NOTE");
    assertThat(s.lines()).extracting(l -> l.balance().toPlainString()).containsExactly("1500.00", "1100.00", "1000.00");
    assertThat(s.totalDebits()).isEqualByComparingTo("1000.00");
    assertThat(s.totalCredits()).isEqualByComparingTo("500.00");
    assertThat(s.closingBalance()).isEqualByComparingTo("1000.00");
    // the credit note names no invoice: it stays on account (May is 21 days past due at month end)
    assertThat(s.aging().open()).isEqualByComparingTo("1100.00");
    assertThat(s.aging().byBucket().get("1-30")).isEqualByComparingTo("500.00");
    assertThat(s.aging().byBucket().get("NOT_DUE")).isEqualByComparingTo("600.00");
  }
}
