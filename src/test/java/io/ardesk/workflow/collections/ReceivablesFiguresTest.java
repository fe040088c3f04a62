package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.report.CashForecast;
import io.ardesk.ledger.report.CashForecastService;
import io.ardesk.ledger.report.ComingAction;
import io.ardesk.ledger.report.WorklistEntry;
import io.ardesk.ledger.report.WorklistService;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The arithmetic behind the Receivables dashboard on a small fixed ledger, the expected figures
 * worked out by hand below: the cash-in forecast, the worklist by expected loss (and the task
 * priority drawn from it), and the calendar of coming actions against the engine's timer jobs.
 *
 * <p>Recovery curve (application.yaml): 0 days 0.949, 30 days 0.899, 60 days 0.813, 90 days 0.696,
 * 180 days 0.521, linear between.
 */
@IntegrationTest
class ReceivablesFiguresTest {

  static final String CASE = CollectionCaseStarter.PROCESS;
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  /** An ISO 4217 code kept for tests: only this test's ledger is in it. */
  static final String XTS = "XTS";

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired CashForecastService forecasts;
  @Autowired WorklistService worklist;
  @Autowired ComingActions comingActions;
  @Autowired FilterService filters;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  String customer(String name, String currency, String grade, LocalDate nextReview) {
    String customerNo = TestNumbers.unique("RF");
    customers.create(new NewCustomer(customerNo, name, "1 Harbour Road", "Ms Li", "Mr Wang", "+86 21 5555 0000",
        "ap@" + customerNo.toLowerCase() + ".example", null, currency, null, 30, new BigDecimal("500000.00"), grade,
        null, nextReview, "lily", "East", null, null, false, "en"), "test");
    return customerNo;
  }

  void invoice(String customerNo, String no, LocalDate issued, LocalDate due, String amount, String currency) {
    invoices.postInvoice(new NewInvoice(no, customerNo, issued, new BigDecimal(amount), due, currency, null), "test");
  }

  void pay(String customerNo, LocalDate on, String amount, String currency, String invoiceNo) {
    payments.postPayment(new NewPayment(TestNumbers.unique("PAY"), customerNo, on, new BigDecimal(amount),
        List.of(invoiceNo), PaymentMethod.TRANSFER, currency), "test");
  }

  List<Task> caseTasks(String customerNo) {
    return taskService.createTaskQuery().processDefinitionKey(CASE).processInstanceBusinessKey(customerNo).list();
  }

  void startCase(String customerNo) {
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
  }

  /**
   * Customer A paid its only earlier invoice 10 days late (average days late 10). Open on 2026-03-02:
   * A-2 2,000.00 due 02-20 (10 days late) and A-1 5,000.00 due 03-10 (not due).
   * Customer B has no payment record (0 days late): B-1 8,000.00 due 01-01 (60 days late), a promise
   * of 3,000.00 for 03-09, and B-2 4,000.00 due 06-30.
   */
  String[] fixedLedger() {
    kit.today(TODAY);
    String a = customer("Anchor Foods", XTS, "B", null);
    invoice(a, a + "-0", LocalDate.of(2025, 12, 11), LocalDate.of(2026, 1, 10), "10000.00", XTS);
    pay(a, LocalDate.of(2026, 1, 20), "10000.00", XTS, a + "-0");
    invoice(a, a + "-1", LocalDate.of(2026, 2, 8), LocalDate.of(2026, 3, 10), "5000.00", XTS);
    invoice(a, a + "-2", LocalDate.of(2026, 1, 21), LocalDate.of(2026, 2, 20), "2000.00", XTS);
    String b = customer("Bay Hardware", XTS, "C", null);
    invoice(b, b + "-1", LocalDate.of(2025, 12, 2), LocalDate.of(2026, 1, 1), "8000.00", XTS);
    invoice(b, b + "-2", LocalDate.of(2026, 2, 28), LocalDate.of(2026, 6, 30), "4000.00", XTS);
    startCase(a);
    startCase(b);
    cases.recordPromise(b, LocalDate.of(2026, 3, 9), new BigDecimal("3000.00"), "carol");
    starter.notifyCase(b, "PromiseRecorded");
    kit.runDueJobs(CASE, b);
    return new String[] {a, b};
  }

  @Test
  void theForecastPutsEachItemInTheWeekItsCustomerUsuallyPays() {
    fixedLedger();
    CashForecast forecast = forecasts.forecast(TODAY, 13, XTS);

    // week 1 (03-02..03-08): A-2 due 02-20 + 10 days = 03-02, times p(10 days) = 0.949 − 0.05 × 10/30
    //   = 0.932333: 1,864.666; B-1 less the promised 3,000: 5,000.00 × p(60) 0.813 = 4,065.00
    //   (due 01-01 + 0 days is past: expected now) → 5,929.666 → 5,929.67, all from late items
    // week 2 (03-09..03-15): the promise, 3,000.00 on 03-09
    // week 3 (03-16..03-22): A-1 due 03-10 + 10 days = 03-20, in full: 5,000.00
    // later: B-2 due 06-30, after week 13 (ends 05-31): 4,000.00
    assertThat(forecast.byWeek()).hasSize(13);
    assertThat(forecast.byWeek().get(0).start()).isEqualTo(TODAY);
    assertThat(forecast.byWeek().get(0).expected()).isEqualByComparingTo("5929.67");
    assertThat(forecast.byWeek().get(0).fromLateItems()).isEqualByComparingTo("5929.67");
    assertThat(forecast.byWeek().get(0).promised()).isEqualByComparingTo("0.00");
    assertThat(forecast.byWeek().get(1).expected()).isEqualByComparingTo("3000.00");
    assertThat(forecast.byWeek().get(1).promised()).isEqualByComparingTo("3000.00");
    assertThat(forecast.byWeek().get(2).expected()).isEqualByComparingTo("5000.00");
    assertThat(forecast.byWeek().get(2).end()).isEqualTo(LocalDate.of(2026, 3, 22));
    assertThat(forecast.byWeek().subList(3, 13)).allSatisfy(w -> assertThat(w.expected()).isEqualByComparingTo("0"));
    assertThat(forecast.expected()).isEqualByComparingTo("13929.67");
    assertThat(forecast.promised()).isEqualByComparingTo("3000.00");
    assertThat(forecast.later()).isEqualByComparingTo("4000.00");
    assertThat(forecast.openAmount()).isEqualByComparingTo("19000.00");
    // 2,000 × 0.067667 = 135.334 and 5,000 × 0.187 = 935.00
    assertThat(forecast.notExpected()).isEqualByComparingTo("1070.33");
  }

  @Test
  void theWorklistRanksCasesByExpectedLossAndTheirTasksTakeThatPriority() {
    String[] ab = fixedLedger();
    // D: 20,000.00 CNY due 2025-11-22; a promise made on 02-20 for 02-23 is broken (judged 02-26)
    kit.today(LocalDate.of(2025, 10, 23));
    String d = customer("Delta Mills", "CNY", "D", null);
    invoice(d, d + "-1", LocalDate.of(2025, 10, 23), LocalDate.of(2025, 11, 22), "20000.00", "CNY");
    kit.today(LocalDate.of(2026, 2, 20));
    startCase(d);
    cases.recordPromise(d, LocalDate.of(2026, 2, 23), new BigDecimal("1000.00"), "carol");
    starter.notifyCase(d, "PromiseRecorded");
    kit.runDueJobs(CASE, d);
    kit.fireTimer(CASE, d, "Timer_LookAgain");
    kit.today(TODAY);
    starter.notifyCase(d, "CaseChanged");
    kit.runDueJobs(CASE, d);

    List<WorklistEntry> mine = worklist.worklist(TODAY).stream()
        .filter(e -> Set.of(ab[0], ab[1], d).contains(e.customerNo())).toList();
    // D: 100 days, p = 0.696 − 0.175 × 10/90 = 0.676556: 20,000 × 0.323444 = 6,468.88 → priority
    //   round(10 × log10(6,469.88)) = 38
    // B: 60 days, p = 0.813: 8,000 × 0.187 = 1,496.00 → round(10 × log10(1,497)) = 32 (a promise
    //   does not lower the loss: it may break)
    // A: 10 days, p = 0.932333: 2,000 × 0.067667 = 135.33 → round(10 × log10(136.33)) = 21
    assertThat(mine).extracting(WorklistEntry::customerNo).containsExactly(d, ab[1], ab[0]);
    assertThat(mine).extracting(WorklistEntry::expectedLoss).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("6468.88"), new BigDecimal("1496.00"), new BigDecimal("135.33"));
    assertThat(mine).extracting(WorklistEntry::priority).containsExactly(38, 32, 21);
    assertThat(mine.get(0).reason()).isEqualTo("20,000.00 CNY, 100 days, broken promise, grade D");
    assertThat(mine.get(1).reason()).isEqualTo("8,000.00 XTS, 60 days, grade C");
    assertThat(mine.get(2).reason()).isEqualTo("2,000.00 XTS, 10 days, grade B");
    assertThat(mine.get(0).rank()).isLessThan(mine.get(1).rank());

    // the case's tasks (the broken promise also started a credit review, whose task keeps its own)
    assertThat(caseTasks(d)).isNotEmpty().allSatisfy(task -> assertThat(task.getPriority()).isEqualTo(38));
    assertThat(caseTasks(ab[0])).isNotEmpty().allSatisfy(task -> assertThat(task.getPriority()).isEqualTo(21));
    assertThat(filters.createFilterQuery().filterName("Credit — by expected loss").count()).isEqualTo(1);
  }

  @Test
  void theWorklistComparesCasesInDifferentCurrenciesByValue() {
    // XBB (an ISO code kept for tests, used by no other test): 1 XBB = 7.10 CNY from 2025-12-01
    jdbc.update("insert into exchange_rate (currency, rate_date, rate, imported_at, imported_by) values ('XBB', date '2025-12-01', 7.10, current_timestamp, 'test')");
    kit.today(TODAY);
    // all three 60 days late (due 2026-01-01), p = 0.813, loss = 0.187 of the overdue amount
    String foreign = customer("Foreign Goods", "XBB", "C", null);
    invoice(foreign, foreign + "-1", LocalDate.of(2025, 12, 2), LocalDate.of(2026, 1, 1), "2000.00", "XBB");
    String mixed = customer("Mixed Imports", "CNY", "C", null);
    invoice(mixed, mixed + "-1", LocalDate.of(2025, 12, 2), LocalDate.of(2026, 1, 1), "1000.00", "XBB");
    String local = customer("Local Supply", "CNY", "C", null);
    invoice(local, local + "-1", LocalDate.of(2025, 12, 2), LocalDate.of(2026, 1, 1), "2000.00", "CNY");
    startCase(foreign);
    startCase(mixed);
    startCase(local);

    List<WorklistEntry> mine = worklist.worklist(TODAY).stream()
        .filter(e -> Set.of(foreign, mixed, local).contains(e.customerNo())).toList();
    // foreign: 2,000.00 XBB × 0.187 = 374.00 XBB = 2,655.40 CNY → round(10 × log10(2,656.40)) = 34
    // mixed: its 1,000.00 XBB invoice counts as 7,100.00 CNY; × 0.187 = 1,327.70 CNY → 31
    // local: 2,000.00 CNY × 0.187 = 374.00 CNY → round(10 × log10(375)) = 26
    assertThat(mine).extracting(WorklistEntry::customerNo).containsExactly(foreign, mixed, local);
    assertThat(mine).extracting(WorklistEntry::expectedLoss).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("374.00"), new BigDecimal("1327.70"), new BigDecimal("374.00"));
    assertThat(mine).extracting(WorklistEntry::priority).containsExactly(34, 31, 26);
    assertThat(mine.get(1).reason()).isEqualTo("7,100.00 CNY, 60 days, grade C");
  }

  @Test
  void theCalendarShowsTheEngineTimersAndTheDomainDates() {
    kit.today(TODAY);
    // C: 10,000.00 CNY due 02-10, 20 days late: LETTER_1 now, LETTER_2 (letter, stop supply) at 30 days = 03-12
    String c = customer("Cedar Print", "CNY", "B", LocalDate.of(2026, 3, 20));
    invoice(c, c + "-1", LocalDate.of(2026, 1, 11), LocalDate.of(2026, 2, 10), "10000.00", "CNY");
    startCase(c);
    // E: 4,000.00 CNY due 02-25, 5 days late: REMINDER, promise of 4,000 for 03-05, judged (looks
    // again) after the 3 days' grace, on 03-09
    String e = customer("Elm Textiles", "CNY", "A", null);
    invoice(e, e + "-1", LocalDate.of(2026, 1, 26), LocalDate.of(2026, 2, 25), "4000.00", "CNY");
    startCase(e);
    cases.recordPromise(e, LocalDate.of(2026, 3, 5), new BigDecimal("4000.00"), "carol");
    starter.notifyCase(e, "PromiseRecorded");
    kit.runDueJobs(CASE, e);

    assertThat(kit.timerDue(CASE, c, "Timer_LookAgain")).isEqualTo(LocalDate.of(2026, 3, 12).atStartOfDay());
    assertThat(kit.timerDue(CASE, e, "Timer_LookAgain")).isEqualTo(LocalDate.of(2026, 3, 9).atStartOfDay());

    List<ComingAction> mine = comingActions.comingActions(30).stream()
        .filter(a -> a.customerNo().equals(c) || a.customerNo().equals(e)).toList();
    assertThat(mine).extracting(ComingAction::date, ComingAction::kind, ComingAction::customerNo, ComingAction::what)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 5), "PROMISE_DUE", e,
                "promised payment of 4000.00 CNY"),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 9), "CASE_LOOKS_AGAIN", e,
                "the case looks again (promise, call-back or deferral date)"),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 12), "NEXT_STAGE", c,
                "stage LETTER_2: letter 2, stop supply"),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 20), "CREDIT_REVIEW", c,
                "credit review due (grade B)"));
    assertThat(mine.get(2).source()).isEqualTo("engine timer");
    assertThat(comingActions.comingActions(10).stream().filter(a -> a.customerNo().equals(c)))
        .as("03-12 is the 11th day from 03-02").isEmpty();
  }
}
