package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of collection-case: each stage, timer, message, promise, decision and the print task. */
@IntegrationTest
class CollectionCaseProcessTest {

  static final String CASE = "collection-case";
  static final LocalDate DUE = LocalDate.of(2026, 1, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired io.ardesk.support.CreditGrants grants;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  @org.junit.jupiter.api.BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  ProcessInstanceAssert assertCase(String customerNo) {
    return BpmnAwareTests.assertThat(kit.instance(CASE, customerNo));
  }

  /** A customer with one invoice of 10,000.00 due 2026-01-31, its case started {@code days} past due. */
  String caseDaysPastDue(int days, String email) {
    String customerNo = kit.customer("Acme Trading Ltd", email, "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV1", DUE.minusDays(30), DUE, "10000.00");
    kit.today(DUE.plusDays(days));
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs(CASE, customerNo);
    return customerNo;
  }

  /** {@link #caseDaysPastDue} beyond 90 days, past LETTER_4: its letter is sent and carol records the action plan. */
  String caseAtAgency(int days) {
    String customerNo = caseDaysPastDue(days, "ap@acme.example");
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_4);
    kit.complete(CASE, customerNo, "Task_PlanAction", "carol", Map.of("actionPlan", "Call the owner, then the agency"));
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).stage()).as("AGENCY even after 180 days: its decision comes first")
        .isEqualTo(Stage.AGENCY);
    return customerNo;
  }

  /** {@link #caseAtAgency} over 180 days past due: steve hands it to an agency, the lawsuit decision is next. */
  String caseAtLitigation(int days) {
    String customerNo = caseAtAgency(days);
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve",
        Map.of("handOverDecision", "APPROVE", "decisionReason", "the agency tries first"));
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LITIGATION);
    return customerNo;
  }

  /**
   * The invoice was issued three months before: no shipment since and a balance (問題貨款), so a
   * supervisor has a support task; supported once, it does not come back.
   */
  void supportProblemReceivable(String customerNo) {
    kit.complete(CASE, customerNo, "Task_SupportProblemReceivable", "steve",
        Map.of("supportNote", "Asked the sales director to stop all quotes"));
  }

  List<String> taskKeys(String customerNo) {
    return kit.tasks(customerNo).stream().map(Task::getTaskDefinitionKey).sorted().toList();
  }

  List<Stage> letterStages(String customerNo) {
    return cases.view(customerNo).letters().stream().map(CaseView.Letter::stage).toList();
  }

  List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  @ParameterizedTest(name = "{0} days past due: {1}")
  @CsvSource(delimiter = '|', value = {
      "5   | REMINDER   |          | false | Task_CallCustomer",
      "20  | LETTER_1   | LETTER_1 | false | Task_CallCustomer",
      "40  | LETTER_2   | LETTER_2 | true  | Task_CallCustomer",
      "70  | LETTER_3   | LETTER_3 | true  | Task_CallCustomer;Task_SupportProblemReceivable;Task_VisitCustomer",
      "90  | LETTER_4   | LETTER_4 | true  | Task_PlanAction;Task_SupportProblemReceivable",
      // never past LETTER_4 before its letter and action plan (docs/domain.md §9)
      "100 | LETTER_4   | LETTER_4 | true  | Task_PlanAction;Task_SupportProblemReceivable",
      "200 | LETTER_4   | LETTER_4 | true  | Task_PlanAction;Task_SupportProblemReceivable"})
  void aCaseStartingLateStartsAtTheStageThatFitsAndSendsNoEarlierLetter(int days, Stage stage, Stage letter,
      boolean held, String taskKeys) {
    String customerNo = caseDaysPastDue(days, "ap@acme.example");

    CaseView view = cases.view(customerNo);
    assertThat(view.stage()).isEqualTo(stage);
    assertThat(view.oldestDaysPastDue()).isEqualTo(days);
    assertThat(view.overdueAmount()).isEqualByComparingTo("10000.00");
    assertThat(letterStages(customerNo)).isEqualTo(letter == null ? List.of() : List.of(letter));
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(held ? CustomerStatus.CREDIT_HOLD : CustomerStatus.ACTIVE);
    assertThat(view.supplyStopped()).isEqualTo(held);
    assertThat(taskKeys(customerNo)).containsExactly(taskKeys.split(";"));
  }

  @Test
  void callTaskNamesTheCustomerAmountAndDaysAndGoesToCredit() {
    String customerNo = caseDaysPastDue(20, "ap@acme.example");
    Task call = kit.task(customerNo, "Task_CallCustomer");
    assertThat(call.getName()).isEqualTo("Call Acme Trading Ltd about 1 overdue invoice (10,000.00 CNY, 20 days)");
    assertThat(groups(call)).containsExactly("credit");
    assertThat(call.getDescription()).contains(customerNo + "-INV1").contains("due 2026-01-31").contains("20 days");
    // expected loss 10,000.00 × (1 − 0.915667 at 20 days) = 843.33: round(10 × log10(844.33)) = 29
    assertThat(call.getPriority()).isEqualTo(29);
    assertThat(call.getDueDate()).isEqualTo(java.sql.Timestamp.valueOf(DUE.plusDays(21).atStartOfDay()));
  }

  @Test
  void timersClimbTheWholeLadderOnTheDatesTheOldestItemReachesEachStage() {
    String customerNo = caseDaysPastDue(1, "ap@acme.example");
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.REMINDER);
    assertCase(customerNo).isWaitingAt("Task_CallCustomer", "Gateway_Wait").hasPassed("Task_EvaluateCase");
    assertCase(customerNo).job("Timer_LookAgain").isNotNull();

    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(15).atStartOfDay());
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_1);
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.ACTIVE);

    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(30).atStartOfDay());
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_2);
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);

    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(60).atStartOfDay());
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_3);
    Task visit = kit.task(customerNo, "Task_VisitCustomer");
    assertCase(customerNo).task("Task_VisitCustomer").isAssignedTo("lily");
    assertThat(visit.getAssignee()).isEqualTo("lily");
    assertThat(groups(visit)).containsExactly("sales");

    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(90).atStartOfDay());
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_4);
    assertThat(taskKeys(customerNo)).contains("Task_PlanAction");
    kit.complete(CASE, customerNo, "Task_PlanAction", "carol", Map.of("actionPlan", "Visit with the sales manager"));
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_4);

    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(91).atStartOfDay());
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);
    Task decide = kit.task(customerNo, "Task_DecideHandOver");
    assertThat(decide.getName()).startsWith("Decide: hand Acme Trading Ltd to a collection agency?");
    assertThat(groups(decide)).containsExactly("supervisor");
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve",
        Map.of("handOverDecision", "APPROVE", "decisionReason", "no answer to four letters"));
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);

    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(181).atStartOfDay());
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LITIGATION);
    assertThat(kit.task(customerNo, "Task_DecideHandOver").getName()).startsWith("Decide: sue Acme Trading Ltd?");

    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_1, Stage.LETTER_2, Stage.LETTER_3, Stage.LETTER_4);
    assertThat(cases.view(customerNo).letters()).allSatisfy(l -> assertThat(l.address()).isEqualTo("ap@acme.example"));
  }

  @Test
  void fullPaymentEndsTheCaseAndLiftsTheStopSupplyItCaused() {
    String customerNo = caseDaysPastDue(40, "ap@acme.example");
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    var instance = kit.instance(CASE, customerNo);

    kit.pay(customerNo, "10000.00");
    kit.runDueJobs(CASE, customerNo);

    assertThat(kit.instance(CASE, customerNo)).isNull();
    CaseView view = cases.view(customerNo);
    assertThat(view.status()).isEqualTo("CLOSED");
    assertThat(view.supplyStopped()).isFalse();
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_CloseCase", "EndEvent_CaseClosed");
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(view.history()).extracting(CaseView.Action::kind).contains(ActionKind.SUPPLY_RESUMED, ActionKind.CLOSED);
    assertThat(kit.tasks(customerNo)).isEmpty();
  }

  @Test
  void aCustomerAlsoHeldForAnotherReasonStaysHeldWhenTheCaseEnds() {
    String customerNo = caseDaysPastDue(40, "ap@acme.example");
    customers.placeHold(customerNo, "FRAUD_SUSPECTED", "memo-7", "steve", "obvious fraud flag");

    kit.pay(customerNo, "10000.00");
    kit.runDueJobs(CASE, customerNo);

    assertThat(cases.view(customerNo).status()).isEqualTo("CLOSED");
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertThat(customers.activeHolds(customerNo)).extracting(h -> h.getCause()).containsExactly("FRAUD_SUSPECTED");
  }

  @Test
  void partialPaymentReEvaluatesAtOnceAndKeepsTheStage() {
    String customerNo = caseDaysPastDue(40, "ap@acme.example");
    kit.pay(customerNo, "2500.00");
    kit.runDueJobs(CASE, customerNo);

    CaseView view = cases.view(customerNo);
    assertThat(view.status()).isEqualTo("OPEN");
    assertThat(view.stage()).isEqualTo(Stage.LETTER_2);
    assertThat(view.overdueAmount()).isEqualByComparingTo("7500.00");
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_2);
    assertThat(kit.task(customerNo, "Task_CallCustomer").getName()).contains("(7,500.00 CNY, 40 days)");
  }

  @Test
  void aDisputedItemIsLeftOutAndItsResolutionBringsItBack() {
    String customerNo = kit.customer("Beta Parts", "ar@beta.example", "zh", null);
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-OLD", DUE.minusDays(30), DUE, "6000.00");
    kit.invoice(customerNo, customerNo + "-NEW", DUE.minusDays(30), DUE.plusDays(25), "1000.00");
    kit.today(DUE.plusDays(40));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_2);

    invoices.markDisputed(customerNo + "-OLD", "complaint C-1");
    kit.runDueJobs(CASE, customerNo);
    CaseView view = cases.view(customerNo);
    assertThat(view.overdueAmount()).isEqualByComparingTo("1000.00");
    assertThat(view.oldestDaysPastDue()).isEqualTo(15);
    assertThat(view.stage()).as("a case never climbs down").isEqualTo(Stage.LETTER_2);

    invoices.markDisputed(customerNo + "-NEW", "complaint C-1");
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).status()).as("nothing undisputed is overdue").isEqualTo("CLOSED");
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.ACTIVE);

    invoices.clearDispute(customerNo + "-OLD", "complaint C-1");
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).status()).as("a new case for the item back in dunning").isEqualTo("OPEN");
    assertThat(cases.view(customerNo).overdueAmount()).isEqualByComparingTo("6000.00");
  }

  @Test
  void aCreditNoteSettlingTheItemEndsTheCase() {
    String customerNo = caseDaysPastDue(20, "ap@acme.example");
    kit.creditNote(customerNo, customerNo + "-INV1", "10000.00");
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).status()).isEqualTo("CLOSED");
  }

  @Test
  void aKeptPromiseMakesTheCaseWaitAndThenCarryOnAtItsStage() {
    String customerNo = caseDaysPastDue(20, "ap@acme.example");
    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", Map.of("callOutcome", "PROMISE",
        "promiseDate", DUE.plusDays(25).toString(), "promiseAmount", 4000, "callNote", "Ms Li promised"));
    assertThat(kit.tasks(customerNo)).isEmpty();
    assertThat(kit.timerDue(CASE, customerNo, "Timer_LookAgain")).as("promised date + 3 days' grace, then judged")
        .isEqualTo(DUE.plusDays(29).atStartOfDay());

    kit.pay(customerNo, "4000.00");
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.tasks(customerNo)).as("still waiting for the promised date").isEmpty();
    assertThat(cases.view(customerNo).openPromise().paidAmount()).isEqualByComparingTo("4000.00");

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    CaseView view = cases.view(customerNo);
    assertThat(view.promises()).extracting(CaseView.Promise::status).containsExactly("KEPT");
    assertThat(view.stage()).isEqualTo(Stage.LETTER_1);
    assertThat(kit.task(customerNo, "Task_CallCustomer").getName()).contains("6,000.00 CNY");
  }

  @Test
  void aBrokenPromiseIsARiskSignalAndMovesTheCaseOnAtOnce() {
    String customerNo = caseDaysPastDue(5, "ap@acme.example");
    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", Map.of("callOutcome", "PROMISE",
        "promiseDate", DUE.plusDays(7).toString(), "promiseAmount", 10000.0));
    kit.pay(customerNo, "1000.00");
    kit.runDueJobs(CASE, customerNo);

    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(11).atStartOfDay());
    CaseView view = cases.view(customerNo);
    assertThat(view.promises()).extracting(CaseView.Promise::status).containsExactly("BROKEN");
    assertThat(view.stage()).as("next stage at once, before day 15").isEqualTo(Stage.LETTER_1);
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_1);
    assertThat(jdbc.queryForObject("select count(*) from ledger_risk_signal s join customer c on c.id = s.customer_id"
        + " where c.customer_no = ? and s.code = 'BROKEN_PROMISE'", Integer.class, customerNo)).isOne();
  }

  @Test
  void noContactWaitsTheRecallDaysAndCallsAgain() {
    String customerNo = caseDaysPastDue(3, "ap@acme.example");
    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", Map.of("callOutcome", "NO_CONTACT"));
    assertThat(kit.task(customerNo, "Task_CallCustomer")).isNull();
    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).as("recall-days after the call")
        .isEqualTo(DUE.plusDays(5).atStartOfDay());
    assertThat(kit.task(customerNo, "Task_CallCustomer")).isNotNull();

    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol",
        Map.of("callOutcome", "EXCUSE", "excuse", "CASH_FLOW_DIFFICULTIES"));
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.CALL)
        .extracting(CaseView.Action::outcome, CaseView.Action::excuse, CaseView.Action::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NO_CONTACT", null, "carol"),
            org.assertj.core.groups.Tuple.tuple("EXCUSE", "CASH_FLOW_DIFFICULTIES", "carol"));
  }

  @Test
  void aPromiseWithoutDateIsRefusedAndTheCallTaskStaysOpen() {
    String customerNo = caseDaysPastDue(3, "ap@acme.example");
    Task call = kit.task(customerNo, "Task_CallCustomer");
    taskService.claim(call.getId(), "carol");
    assertThatThrownBy(() -> taskService.complete(call.getId(), Map.of("callOutcome", "PROMISE", "promiseAmount", 50)))
        .hasMessageContaining("a promise needs the date the customer will pay");
    assertThat(kit.task(customerNo, "Task_CallCustomer")).isNotNull();
  }

  @Test
  void agencyApprovedIsHandedOverAndAsksNothingMore() {
    String customerNo = caseAtAgency(100);
    supportProblemReceivable(customerNo);
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve",
        Map.of("handOverDecision", "APPROVE", "decisionReason", "no answer for three months"));
    assertThat(kit.tasks(customerNo)).isEmpty();
    assertThat(cases.view(customerNo).history()).extracting(CaseView.Action::kind).contains(ActionKind.HANDED_OVER);

    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.tasks(customerNo)).as("a re-evaluation does not ask again").isEmpty();
  }

  @Test
  void agencyDeferredComesBackOnTheDate() {
    String customerNo = caseAtAgency(100);
    supportProblemReceivable(customerNo);
    String until = DUE.plusDays(120).toString();
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve",
        Map.of("handOverDecision", "DEFER", "deferUntil", until, "decisionReason", "new owner promised a plan"));
    assertThat(kit.tasks(customerNo)).isEmpty();
    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(120).atStartOfDay());
    assertThat(kit.task(customerNo, "Task_DecideHandOver")).isNotNull();
  }

  @Test
  void agencyWriteOffIsConfirmedByFinanceAndEndsTheCase() {
    String customerNo = caseAtAgency(100);
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve",
        Map.of("handOverDecision", "WRITE_OFF", "decisionReason", "customer vanished"));
    Task writeOff = kit.task(customerNo, "Task_WriteOff");
    assertThat(writeOff.getName()).isEqualTo("Confirm write-off of 10,000.00 CNY for Acme Trading Ltd");
    assertThat(groups(writeOff)).containsExactly("finance");

    kit.complete(CASE, customerNo, "Task_WriteOff", "frank", Map.of("writeOffReason", "bad debt (呆帳)"));

    assertThat(kit.instance(CASE, customerNo)).isNull();
    assertThat(cases.view(customerNo).status()).isEqualTo("CLOSED");
    var writtenOff = invoices.get(customerNo + "-INV1");
    assertThat(writtenOff.getOpenAmount()).isEqualByComparingTo("0.00");
    assertThat(jdbc.queryForObject("select approver from credit_document where kind = 'WRITE_OFF' and document_no = ?",
        String.class, "WO-" + customerNo + "-INV1")).isEqualTo("steve");
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.ACTIVE);
  }

  @Test
  void aWriteOffWithoutReasonIsRefusedAndNothingLeavesTheLedger() {
    String customerNo = caseAtAgency(100);
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve",
        Map.of("handOverDecision", "WRITE_OFF", "decisionReason", "customer vanished"));
    Task writeOff = kit.task(customerNo, "Task_WriteOff");
    taskService.claim(writeOff.getId(), "frank");
    assertThatThrownBy(() -> taskService.complete(writeOff.getId(), Map.of("writeOffReason", " ")))
        .hasMessageContaining("give the reason for the write-off");
    assertThat(kit.task(customerNo, "Task_WriteOff")).isNotNull();
    assertThat(invoices.get(customerNo + "-INV1").getOpenAmount()).isEqualByComparingTo("10000.00");
    assertThat(cases.view(customerNo).status()).isEqualTo("OPEN");
  }

  @Test
  void theSupervisorWhoDecidedAWriteOffCannotConfirmItAsFinanceToo() {
    String sam = grants.creditAndSupervisor();
    String customerNo = caseAtAgency(100);
    kit.complete(CASE, customerNo, "Task_DecideHandOver", sam,
        Map.of("handOverDecision", "WRITE_OFF", "decisionReason", "customer vanished"));
    Task writeOff = kit.task(customerNo, "Task_WriteOff");
    taskService.claim(writeOff.getId(), sam);
    assertThatThrownBy(() -> taskService.complete(writeOff.getId(), Map.of("writeOffReason", "bad debt")))
        .hasMessageContaining("sam asked for this change and cannot approve it too");
    assertThat(invoices.get(customerNo + "-INV1").getOpenAmount()).isEqualByComparingTo("10000.00");

    taskService.setAssignee(writeOff.getId(), "frank");
    taskService.complete(writeOff.getId(), Map.of("writeOffReason", "bad debt"));
    kit.runDueJobs(CASE, customerNo);
    assertThat(invoices.get(customerNo + "-INV1").getOpenAmount()).isEqualByComparingTo("0.00");
    assertThat(jdbc.queryForObject("select approver from credit_document where kind = 'WRITE_OFF' and document_no = ?",
        String.class, "WO-" + customerNo + "-INV1")).isEqualTo(sam);
  }

  @Test
  void lawsuitApprovedThenJudgmentThenEnforcementLostThenWriteOff() {
    String customerNo = caseAtLitigation(200);
    supportProblemReceivable(customerNo);
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve",
        Map.of("handOverDecision", "APPROVE", "decisionReason", "sue"));
    assertThat(taskKeys(customerNo)).containsExactly("Task_RecordJudgment");

    kit.complete(CASE, customerNo, "Task_RecordJudgment", "steve", Map.of("judgmentDate", DUE.plusDays(199).toString(),
        "awardedAmount", 10000, "judgmentNote", "Shanghai court"));
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.ENFORCEMENT);
    assertThat(taskKeys(customerNo)).containsExactly("Task_Enforce");

    kit.complete(CASE, customerNo, "Task_Enforce", "steve", Map.of("enforcementOutcome", "LOST"));
    assertThat(taskKeys(customerNo)).containsExactly("Task_WriteOff");
    kit.complete(CASE, customerNo, "Task_WriteOff", "frank", Map.of("writeOffReason", "bankruptcy, nothing left"));
    assertThat(cases.view(customerNo).status()).isEqualTo("CLOSED");
  }

  @Test
  void enforcementThatGoesOnWaitsForPayment() {
    String customerNo = caseAtLitigation(200);
    supportProblemReceivable(customerNo);
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve", Map.of("handOverDecision", "APPROVE",
        "decisionReason", "sue"));
    kit.complete(CASE, customerNo, "Task_RecordJudgment", "steve", Map.of("judgmentDate", DUE.plusDays(199).toString(),
        "awardedAmount", 10000));
    kit.complete(CASE, customerNo, "Task_Enforce", "steve", Map.of("enforcementOutcome", "CONTINUE"));
    assertThat(kit.tasks(customerNo)).isEmpty();
    kit.pay(customerNo, "10000.00");
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).status()).isEqualTo("CLOSED");
  }

  @Test
  void aCustomerWithoutEmailGetsItsLetterPrintedAndPostedByCredit() {
    String customerNo = caseDaysPastDue(20, null);
    assertThat(cases.view(customerNo).letters()).extracting(CaseView.Letter::delivery).containsExactly("PRINT");
    Task print = kit.task(customerNo, "Task_PrintAndPost");
    assertThat(print.getName()).isEqualTo("Print and post the LETTER_1 letter to Acme Trading Ltd");
    assertThat(groups(print)).containsExactly("credit");

    kit.complete(CASE, customerNo, "Task_PrintAndPost", "carol", Map.of("letterPosted", true));
    assertThat(cases.view(customerNo).letters()).extracting(CaseView.Letter::delivery).containsExactly("PRINTED");
    assertThat(kit.task(customerNo, "Task_PrintAndPost")).isNull();
  }

  @Test
  void visitAndActionPlanAreRecordedOncePerStage() {
    String customerNo = caseDaysPastDue(70, "ap@acme.example");
    kit.complete(CASE, customerNo, "Task_VisitCustomer", "lily", Map.of("visitNote", "Owner will pay half next week"));
    assertThat(kit.task(customerNo, "Task_VisitCustomer")).isNull();
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.task(customerNo, "Task_VisitCustomer")).as("visited already at this stage").isNull();

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    kit.complete(CASE, customerNo, "Task_PlanAction", "carol", Map.of("actionPlan", "Offer 2% discount for payment"));
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.ACTION_PLAN)
        .extracting(CaseView.Action::note).containsExactly("Offer 2% discount for payment");
  }

  @Test
  void aPromiseRecordedThroughTheServiceMakesTheCaseWait() {
    String customerNo = caseDaysPastDue(20, "ap@acme.example");
    Task call = kit.task(customerNo, "Task_CallCustomer");
    cases.recordPromise(customerNo, DUE.plusDays(30), new BigDecimal("10000"), "carol");
    starter.notifyCase(customerNo, "PromiseRecorded");
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.tasks(customerNo)).as("the call is withdrawn while the promise is open").isEmpty();
    assertThat(kit.timerDue(CASE, customerNo, "Timer_LookAgain")).isEqualTo(LocalDateTime.of(DUE.plusDays(34),
        java.time.LocalTime.MIDNIGHT));
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.WORK_WITHDRAWN)
        .extracting(CaseView.Action::outcome, CaseView.Action::note)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CALL",
            "promise to pay 10000.00 CNY by " + DUE.plusDays(30) + " open until " + DUE.plusDays(33)));
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(call.getId()).singleResult().getEndTime())
        .isNotNull();
  }
}
