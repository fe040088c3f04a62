package io.ardesk.workflow.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.Stage;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.collections.extensions.ExtensionView;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceKind;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of payment-extension with docs/domain.md §8's figures: 10,000.00 due 2026-03-01 extended to
 * 2026-04-30 (60 days), 18.25% a year, penalty 5%.
 */
@IntegrationTest
class PaymentExtensionProcessTest {

  static final String PROCESS = "payment-extension";
  static final String CASE = "collection-case";
  static final LocalDate DUE = LocalDate.of(2026, 3, 1);
  static final LocalDate NEW_DATE = LocalDate.of(2026, 4, 30);

  @Autowired CaseKit kit;
  @Autowired ExtensionProcess extensions;
  @Autowired ExtensionRequests requests;
  @Autowired InvoiceService invoices;
  @Autowired CustomerService customers;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired io.ardesk.support.CreditGrants grants;
  @Autowired io.ardesk.letters.Outbox outbox;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  /** A customer with one invoice of {@code amount} due 2026-03-01, asking on 2026-02-20 to pay by 2026-04-30. */
  String requested(String amount) {
    String customerNo = kit.customer("Delta Components", "ap@delta.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV", DUE.minusDays(30), DUE, amount);
    kit.today(DUE.minusDays(9));
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-INV"), NEW_DATE,
        "Its own customer pays late"), RequestSource.API, "lily");
    kit.runDueJobs(PROCESS, requestNo);
    return requestNo;
  }

  String granted(String amount) {
    String requestNo = requested(amount);
    kit.complete(PROCESS, requestNo, "Task_CheckCredit", "carol", Map.of("creditCheck", "GOOD"));
    return requestNo;
  }

  String customerOf(String requestNo) {
    return requests.get(requestNo).getCustomerNo();
  }

  List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  List<String> endEvents(String requestNo) {
    return history.createHistoricActivityInstanceQuery()
        .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(requestNo)
            .singleResult().getId())
        .activityType("noneEndEvent").list().stream().map(a -> a.getActivityId()).toList();
  }

  Map<String, BigDecimal> charges(String requestNo) {
    return requests.view(requestNo).charges().stream()
        .collect(java.util.stream.Collectors.toMap(ExtensionView.Charge::kind, ExtensionView.Charge::amount));
  }

  @Test
  void theCreditCheckTaskShowsTheFactsAndGoesToCredit() {
    String requestNo = requested("10000.00");
    assertThat(requestNo).matches("EXT-2026-\\d{6}");
    Task check = kit.task(requestNo, "Task_CheckCredit");
    assertThat(check.getName()).isEqualTo(
        "Check the credit of Delta Components for an extension of 10,000.00 CNY to 2026-04-30 (60 days, " + requestNo + ")");
    assertThat(groups(check)).containsExactly("credit");
    assertThat(check.getDescription()).isEqualTo("Delta Components asks to pay 1 invoice (10,000.00 CNY) by 2026-04-30,"
        + " 60 days later: Its own customer pays late");
    Map<String, Object> form = taskService.getVariables(check.getId());
    assertThat(form.get("ledgerFacts")).isEqualTo("Status ACTIVE, credit limit 500,000.00 CNY\n"
        + "Open receivables 10,000.00, on account 0.00, exposure 10,000.00 CNY\n"
        + "Overdue 0.00 CNY in 0 item(s)\n"
        + "Asked for:\n"
        + "  " + customerOf(requestNo) + "-INV  due 2026-03-01  open 10,000.00  → 2026-04-30 (60 days)");
    assertThat(form.get("paymentRecord")).isEqualTo("Paid 0.00 CNY so far, on average 0.00 days late\n"
        + "Paid late: 0 invoice(s), 0.00, longest 0 days\n"
        + "Broken promises 0, reversed payments 0");
    assertThat(form.get("creditGrade")).isEqualTo("B");
    assertThat(form.get("riskSignals")).isEqualTo("none");
    assertThat(formService.getTaskFormKey(check.getProcessDefinitionId(), "Task_CheckCredit")).isNull();
  }

  @Test
  void aBadCreditCheckNeedsANoteAndRefusesTheExtension() {
    String requestNo = requested("10000.00");
    String customerNo = customerOf(requestNo);
    Task check = kit.task(requestNo, "Task_CheckCredit");
    taskService.claim(check.getId(), "carol");
    assertThatThrownBy(() -> taskService.complete(check.getId(), Map.of("creditCheck", "BAD")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("why the credit is bad");
    assertThat(kit.task(requestNo, "Task_CheckCredit")).isNotNull();

    kit.complete(PROCESS, requestNo, "Task_CheckCredit", "carol",
        Map.of("creditCheck", "BAD", "creditCheckNote", "Two bounced cheques this quarter"));

    ExtensionView view = requests.view(requestNo);
    assertThat(view.status()).isEqualTo("REFUSED");
    assertThat(view.decision()).isEqualTo("REFUSE");
    assertThat(view.creditCheckedBy()).isEqualTo("carol");
    assertThat(invoices.get(customerNo + "-INV").getEffectiveDueDate()).isEqualTo(DUE);
    assertThat(view.letters()).extracting(ExtensionView.Letter::kind).containsExactly("EXTENSION_ANSWER");
    assertThat(view.letters().get(0).subject()).isEqualTo("Payment extension request " + requestNo + " refused");
    assertThat(kit.instance(PROCESS, requestNo)).isNull();
    assertThat(endEvents(requestNo)).containsExactly("EndEvent_Refused");
  }

  @Test
  void aGoodCheckGrantsMovesTheDueDateAndTellsTheCustomer() {
    String requestNo = granted("10000.00");
    String customerNo = customerOf(requestNo);

    Invoice invoice = invoices.get(customerNo + "-INV");
    assertThat(invoice.getEffectiveDueDate()).isEqualTo(NEW_DATE);
    assertThat(invoice.getDueDate()).isEqualTo(DUE);
    ExtensionView view = requests.view(requestNo);
    assertThat(view.status()).isEqualTo("GRANTED");
    assertThat(view.decidedBy()).isEqualTo("extension-decision");
    assertThat(view.letters()).singleElement().satisfies(letter -> {
      assertThat(letter.subject()).isEqualTo("Payment extension " + requestNo + " granted: pay by 2026-04-30");
      assertThat(letter.address()).isEqualTo("ap@delta.example");
    });
    assertThat(kit.timerDue(PROCESS, requestNo, "Timer_NewDatePassed")).isEqualTo(NEW_DATE.plusDays(1).atStartOfDay());
  }

  @ParameterizedTest(name = "paid {0} by the new date: {1}, penalty {2}, interest {3}")
  @CsvSource({
      "10000.00, PAID_IN_FULL,         ,       ",
      "6000.00,  INTEREST,             ,       120.00",
      "5000.00,  INTEREST,             ,       150.00",
      "3000.00,  PENALTY_AND_INTEREST, 350.00, 210.00",
      "0,        NOTHING_PAID,         500.00, 300.00"})
  void theOutcomeOnTheNewDateChargesBySharePaid(String paid, String outcome, BigDecimal penalty, BigDecimal interest) {
    String requestNo = granted("10000.00");
    String customerNo = customerOf(requestNo);
    kit.today(NEW_DATE.minusDays(10));
    if (new BigDecimal(paid).signum() > 0) {
      kit.pay(customerNo, paid, customerNo + "-INV");
    }

    kit.fireTimer(PROCESS, requestNo, "Timer_NewDatePassed");

    ExtensionView view = requests.view(requestNo);
    assertThat(view.status()).isEqualTo("ENDED");
    assertThat(view.outcome()).isEqualTo(outcome);
    assertThat(view.paidAmount()).isEqualByComparingTo(paid);
    Map<String, BigDecimal> charges = charges(requestNo);
    assertThat(charges.get("PENALTY")).isEqualTo(penalty);
    assertThat(charges.get("INTEREST")).isEqualTo(interest);
    if (penalty != null) {
      Invoice charge = invoices.get(requestNo + "-PEN");
      assertThat(charge.getKind()).isEqualTo(InvoiceKind.CHARGE);
      assertThat(charge.getAmount()).isEqualByComparingTo(penalty);
      assertThat(charge.getIssueDate()).isEqualTo(NEW_DATE.plusDays(1));
      assertThat(charge.getDueDate()).isEqualTo(NEW_DATE.plusDays(15));
    } else {
      assertThatThrownBy(() -> invoices.get(requestNo + "-PEN")).isInstanceOf(NotFoundException.class);
    }
    if (interest != null) {
      assertThat(invoices.get(requestNo + "-INT").getAmount()).isEqualByComparingTo(interest);
    }
    assertThat(view.letters()).extracting(ExtensionView.Letter::kind)
        .containsExactly("EXTENSION_ANSWER", "EXTENSION_OUTCOME");
    assertThat(kit.instance(PROCESS, requestNo)).isNull();
    assertThat(endEvents(requestNo)).containsExactly("EndEvent_ExtensionEnded");
  }

  @Test
  void unpaidItemsGoBackToCollectionsOnTheNewDate() {
    String requestNo = granted("10000.00");
    String customerNo = customerOf(requestNo);
    kit.fireTimer(PROCESS, requestNo, "Timer_NewDatePassed");
    kit.runDueJobs(CASE, customerNo);

    CaseView view = cases.view(customerNo);
    assertThat(view.status()).isEqualTo("OPEN");
    assertThat(view.stage()).isEqualTo(Stage.REMINDER);
    assertThat(view.overdueAmount()).isEqualByComparingTo("10000.00");
    assertThat(kit.task(customerNo, "Task_CallCustomer")).isNotNull();
  }

  @Test
  void aLargeAmountNeedsTheSupervisorsApproval() {
    String requestNo = granted("150000.00");
    String customerNo = customerOf(requestNo);
    Task approve = kit.task(requestNo, "Task_ApproveExtension");
    assertThat(approve.getName()).isEqualTo(
        "Approve an extension of 150,000.00 CNY for Delta Components to 2026-04-30? (" + requestNo + ")");
    assertThat(groups(approve)).containsExactly("supervisor");
    assertThat(taskService.getVariable(approve.getId(), "decisionReason"))
        .isEqualTo("The amount is above the supervisor threshold (counted against the supervisor threshold: "
            + "150000.00 CNY extended for the customer in 30 days to 2026-02-20, threshold 100000.00 CNY)");
    assertThat(taskService.getVariable(approve.getId(), "creditCheckSummary")).isEqualTo("GOOD by carol");
    assertThat(invoices.get(customerNo + "-INV").getEffectiveDueDate()).isEqualTo(DUE);

    kit.complete(PROCESS, requestNo, "Task_ApproveExtension", "steve",
        Map.of("supervisorDecision", "APPROVE", "supervisorReason", "Long-standing customer, large order pending"));

    ExtensionView view = requests.view(requestNo);
    assertThat(view.status()).isEqualTo("GRANTED");
    assertThat(view.tableDecision()).isEqualTo("SUPERVISOR");
    assertThat(view.supervisorDecision()).isEqualTo("APPROVE");
    assertThat(view.decidedBy()).isEqualTo("steve");
    assertThat(invoices.get(customerNo + "-INV").getEffectiveDueDate()).isEqualTo(NEW_DATE);
  }

  /**
   * The supervisor threshold (100,000.00, base currency CNY) counts the customer's requests
   * of the last 30 days not refused, converted at the decision date's rate: 60,000.00 CNY granted on
   * 2026-02-20, then 6,000.00 QQQ at 7.10 = 42,600.00 CNY on 2026-02-21 makes 102,600.00: a supervisor.
   */
  @Test
  void requestsSplitBelowTheThresholdStillReachItWithin30DaysInTheBaseCurrency() {
    rate("QQQ", LocalDate.of(2026, 1, 1), "7.10");
    String customerNo = kit.customer("Split Extensions Ltd", "ap@split-ext.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-CNY", DUE.minusDays(30), DUE, "60000.00");
    invoices.postInvoice(new io.ardesk.ledger.document.NewInvoice(customerNo + "-QQQ", customerNo, DUE.minusDays(30),
        new BigDecimal("6000.00"), DUE, "QQQ", null), "test");
    kit.today(DUE.minusDays(9));
    String first = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-CNY"), NEW_DATE,
        "Its own customer pays late"), RequestSource.API, "lily");
    kit.runDueJobs(PROCESS, first);
    kit.complete(PROCESS, first, "Task_CheckCredit", "carol", Map.of("creditCheck", "GOOD"));
    assertThat(requests.view(first).status()).isEqualTo("GRANTED");

    kit.today(DUE.minusDays(8));
    String second = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-QQQ"), NEW_DATE,
        "The rest of the same order"), RequestSource.API, "lily");
    kit.runDueJobs(PROCESS, second);
    kit.complete(PROCESS, second, "Task_CheckCredit", "carol", Map.of("creditCheck", "GOOD"));
    assertThat(requests.view(second).status()).isEqualTo("AWAITING_SUPERVISOR");
    assertThat(taskService.getVariable(kit.task(second, "Task_ApproveExtension").getId(), "decisionReason"))
        .isEqualTo("The amount is above the supervisor threshold (counted against the supervisor threshold: "
            + "102600.00 CNY extended for the customer in 30 days to 2026-02-21, threshold 100000.00 CNY)");
  }

  @Test
  void theRequesterNeverApprovesItsOwnExtension() {
    String sam = grants.creditAndSupervisor();
    String customerNo = kit.customer("Own Extension Ltd", "ap@own-ext.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV", DUE.minusDays(30), DUE, "150000.00");
    kit.today(DUE.minusDays(9));
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-INV"), NEW_DATE,
        "Big order on the way"), RequestSource.API, sam);
    kit.runDueJobs(PROCESS, requestNo);
    kit.complete(PROCESS, requestNo, "Task_CheckCredit", "carol", Map.of("creditCheck", "GOOD"));

    assertThatThrownBy(() -> kit.complete(PROCESS, requestNo, "Task_ApproveExtension", sam,
        Map.of("supervisorDecision", "APPROVE", "supervisorReason", "I know them"))).hasRootCauseInstanceOf(
        ApprovalRefusedException.class).hasMessageContaining("sam asked for this change and cannot approve it too");
    taskService.setAssignee(kit.task(requestNo, "Task_ApproveExtension").getId(), null);
    kit.complete(PROCESS, requestNo, "Task_ApproveExtension", "steve",
        Map.of("supervisorDecision", "APPROVE", "supervisorReason", "Long-standing customer"));
    assertThat(requests.view(requestNo).decidedBy()).isEqualTo("steve");
  }

  /** A rate for QQQ, a currency only these tests use (XTS belongs to ReceivablesFiguresTest's ledger). */
  void rate(String currency, LocalDate on, String rate) {
    if (jdbc.queryForObject("select count(*) from exchange_rate where currency = ? and rate_date = ?", Integer.class,
        currency, on) == 0) {
      jdbc.update("insert into exchange_rate (currency, rate_date, rate, imported_at, imported_by) values (?, ?, ?,"
          + " current_timestamp, 'test')", currency, on, new BigDecimal(rate));
    }
  }

  @Test
  void theSupervisorMayRefuseWithAReason() {
    String requestNo = granted("150000.00");
    Task approve = kit.task(requestNo, "Task_ApproveExtension");
    taskService.claim(approve.getId(), "steve");
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of("supervisorDecision", "REFUSE")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("give the reason");

    kit.complete(PROCESS, requestNo, "Task_ApproveExtension", "steve",
        Map.of("supervisorDecision", "REFUSE", "supervisorReason", "Too much at risk"));

    assertThat(requests.view(requestNo).status()).isEqualTo("REFUSED");
    assertThat(requests.view(requestNo).decidedBy()).isEqualTo("steve");
    assertThat(endEvents(requestNo)).containsExactly("EndEvent_Refused");
  }

  @Test
  void aCollectorsCallStartsTheRequestAndTheCaseResumesAtItsStageWhenTheExtensionEndsUnpaid() {
    String customerNo = kit.customer("Epsilon Metals", "ap@epsilon.example", "en", "lily");
    LocalDate due = LocalDate.of(2026, 1, 31);
    kit.today(due.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV", due.minusDays(30), due, "10000.00");
    kit.today(due.plusDays(40));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_2);
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);

    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", Map.of("callOutcome", "EXTENSION_REQUEST",
        "requestedDueDate", NEW_DATE.toString(), "callNote", "Waiting for its own customer's payment"));
    String requestNo = jdbc.queryForObject("select request_no from extension_request where customer_no = ?",
        String.class, customerNo);
    ExtensionView requested = requests.view(requestNo);
    assertThat(requested.source()).isEqualTo("COLLECTOR_CALL");
    assertThat(requested.reason()).isEqualTo("Waiting for its own customer's payment");
    assertThat(requested.items()).extracting(ExtensionView.Item::invoiceNo).containsExactly(customerNo + "-INV");

    // carol asked for it on her call: another member of credit checks the credit (the requester never checks its own)
    assertThatThrownBy(() -> kit.complete(PROCESS, requestNo, "Task_CheckCredit", "carol",
        Map.of("creditCheck", "GOOD"))).hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("carol asked for extension " + requestNo + " and cannot check the customer's credit");
    taskService.setAssignee(kit.task(requestNo, "Task_CheckCredit").getId(), null);
    kit.complete(PROCESS, requestNo, "Task_CheckCredit", "chris", Map.of("creditCheck", "GOOD"));
    kit.runDueJobs(CASE, customerNo);
    // everything overdue is extended: the case ends and lifts its stop supply
    assertThat(cases.view(customerNo).status()).isEqualTo("CLOSED");
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.ACTIVE);

    kit.fireTimer(PROCESS, requestNo, "Timer_NewDatePassed");
    kit.runDueJobs(CASE, customerNo);

    CaseView resumed = cases.view(customerNo);
    assertThat(resumed.status()).isEqualTo("OPEN");
    assertThat(resumed.stage()).as("the stage the items had reached, not the DMN's REMINDER").isEqualTo(Stage.LETTER_2);
    assertThat(resumed.history()).extracting(CaseView.Action::kind).contains(ActionKind.RESUMED, ActionKind.SUPPLY_STOPPED);
    assertThat(resumed.letters()).as("the outcome letter told the customer; no second LETTER_2").isEmpty();
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertThat(kit.task(customerNo, "Task_CallCustomer")).isNotNull();
    // interest from the original due date 2026-01-31 to 2026-04-30: 89 days
    assertThat(charges(requestNo)).containsEntry("PENALTY", new BigDecimal("500.00"))
        .containsEntry("INTEREST", new BigDecimal("445.00"));
  }

  @Test
  void aRetriedChargesJobPostsNoSecondCharge() {
    String requestNo = granted("10000.00");
    Job timer = management.createJobQuery().processInstanceId(kit.instance(PROCESS, requestNo).getId()).timers()
        .singleResult();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    management.executeJob(timer.getId());
    Job post = management.createJobQuery().processInstanceId(kit.instance(PROCESS, requestNo).getId())
        .activityId("Task_PostCharges").singleResult();
    // a first run whose transaction rolls back …
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      management.executeJob(post.getId());
      status.setRollbackOnly();
    });
    assertThat(charges(requestNo)).isEmpty();
    // … the retry that commits, and the same step run again after a commit (a second node)
    management.executeJob(post.getId());
    requests.postCharges(requestNo, "system");
    kit.runDueJobs(PROCESS, requestNo);

    assertThat(charges(requestNo)).containsOnly(Map.entry("PENALTY", new BigDecimal("500.00")),
        Map.entry("INTEREST", new BigDecimal("300.00")));
    assertThat(jdbc.queryForObject("select count(*) from invoice where invoice_no like ?", Integer.class,
        requestNo + "-%")).isEqualTo(2);
    assertThat(requests.view(requestNo).letters()).hasSize(2);
  }

  @Test
  void theTasklistStartFormRegistersTheRequestAndNamesTheInstanceByIt() {
    String customerNo = kit.customer("Zeta Foods", "ap@zeta.example", "zh", null);
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-A", DUE.minusDays(30), DUE, "2000.00");
    kit.invoice(customerNo, customerNo + "-B", DUE.minusDays(30), DUE.plusDays(5), "3000.00");
    kit.today(DUE.minusDays(9));
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
        .singleResult().getId();

    String instance = formService.submitStartForm(definition, Map.of("customerNo", customerNo,
        "invoiceNos", customerNo + "-A, " + customerNo + "-B", "requestedDueDate", NEW_DATE.toString(),
        "reason", "Seasonal business")).getId();

    String requestNo = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey();
    assertThat(requestNo).matches("EXT-2026-\\d{6}");
    ExtensionView view = requests.view(requestNo);
    assertThat(view.source()).isEqualTo("START_FORM");
    assertThat(view.extendedAmount()).isEqualByComparingTo("5000.00");
    assertThat(kit.task(requestNo, "Task_CheckCredit").getName()).contains("5,000.00 CNY to 2026-04-30 (55 days");

    assertThatThrownBy(() -> formService.submitStartForm(definition, Map.of("customerNo", customerNo,
        "invoiceNos", customerNo + "-A", "requestedDueDate", DUE.minusDays(1).toString(), "reason", "x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("already in extension " + requestNo);
  }

  /** 1,000.00 due on DUE, an extension to NEW_DATE asked 9 days before and granted on good credit. */
  String grantedOnGoodCredit(String customerNo) {
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV", DUE.minusDays(30), DUE, "1000.00");
    kit.today(DUE.minusDays(9));
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-INV"), NEW_DATE,
        "Cash flow"), RequestSource.API, "carol");
    kit.complete(PROCESS, requestNo, "Task_CheckCredit", "chris", Map.of("creditCheck", "GOOD"));
    return requestNo;
  }

  @Test
  void aLetterToAChineseCustomerIsInChinese() {
    String customerNo = kit.customer("Eta Trading", "ap@eta.example", "zh-CN", null);
    String requestNo = grantedOnGoodCredit(customerNo);
    assertThat(requests.view(requestNo).letters().get(0).subject())
        .isEqualTo("延期付款申请 " + requestNo + " 已批准：请于 2026年4月30日 前付款");
  }

  /** A zh-TW customer's letter: Traditional texts, days as 2026年4月30日, renminbi as 元, in subject and HTML. */
  @Test
  void aLetterToATraditionalChineseCustomerIsInTraditionalChinese() {
    String customerNo = kit.customer("Theta Trading", "ap@theta.example", "zh-TW", null);
    String requestNo = grantedOnGoodCredit(customerNo);
    assertThat(requests.view(requestNo).letters().get(0).subject())
        .isEqualTo("延期付款申請 " + requestNo + " 已核准：請於 2026年4月30日 前付款");
    io.ardesk.letters.OutgoingLetter answer = outbox.find("EXTENSION_ANSWER", requestNo).orElseThrow();
    assertThat(answer.getLanguage()).isEqualTo("zh-TW");
    assertThat(answer.getBody()).contains("<br><span>2026年2月20日</span>")
        .contains("下列發票可於 2026年4月30日 前付款")
        .contains("<td>" + customerNo + "-INV</td>", "<td>2026年3月1日</td>", "<td>2026年4月30日</td>", ">1,000.00<")
        .contains("<td colspan=\"3\">合計 (元)</td>").doesNotContain("2026-04-30", "CNY");
  }
}
