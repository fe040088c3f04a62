package io.ardesk.workflow.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.credit.CreditFixtures;
import io.ardesk.credit.domain.CharacteristicGroup;
import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.review.AssessmentStatus;
import io.ardesk.credit.review.CreditAssessments;
import io.ardesk.credit.review.CreditReviewRepository;
import io.ardesk.credit.review.CreditReviews;
import io.ardesk.credit.review.ReviewOutcome;
import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.credit.review.RiskSignalCode;
import io.ardesk.credit.review.RiskSignals;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.event.CustomerCreated;
import io.ardesk.ledger.importing.ImportService;
import java.math.BigDecimal;
import io.ardesk.ledger.event.RiskSignalRecorded;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of customer-credit-review, driven as Tasklist would drive it. */
@IntegrationTest
class CustomerCreditReviewProcessTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CreditAssessments assessments;
  @Autowired CreditReviewRepository reviews;
  @Autowired RiskSignals riskSignals;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired CreditReviewProcess process;
  @Autowired CreditReviews creditReviews;
  @Autowired ImportService imports;
  @Autowired CreditGrants grants;
  @Autowired IdentityService identityService;

  String customerNo;
  String customerName;

  @BeforeEach
  void fixedClock() {
    customerNo = TestNumbers.unique("CR");
    customerName = "Acme Trading " + customerNo;
    setToday(TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNewCustomerIsReviewedAndApprovedAsRecommended() {
    String instance = newCustomerUnderReview();

    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo).get(0).trigger()).isEqualTo(ReviewTrigger.NEW_CUSTOMER);
    Task profile = task(instance, "Task_EnterProfile");
    assertThat(profile.getName()).isEqualTo("Profile and score " + customerName + " (" + customerNo + ") for the credit review");
    assertThat(profile.getAssignee()).isEqualTo("lily");
    complete(profile, profileScores(7));
    Task figures = task(instance, "Task_EnterFigures");
    assertThat(figures.getAssignee()).isEqualTo("frank");
    assertThat(taskService.getVariable(figures.getId(), "foundingDate")).isEqualTo("2010-05-01");
    complete(figures, figures(7));
    runJob(instance);

    Task decide = task(instance, "Task_ApproveCredit");
    assertThat(decide.getName()).isEqualTo("Decide credit for " + customerName + ": grade B, recommended limit 328.13, warnings: none");
    assertThat(taskService.getVariables(decide.getId()))
        .containsEntry("score", "70.00")
        .containsEntry("workingAssetLimit", "437.50")
        .containsEntry("decidedLimit", 328.13)
        .containsEntry("settlementMethod", "CREDIT")
        .containsEntry("paymentTermsDays", 30);
    complete(decide, Map.of("decision", "ACCEPT"));
    // a first credit line loosens credit (limit 0 → 328.13, no grade → B): a supervisor approves
    complete(task(instance, "Task_ApproveAsSupervisor"), Map.of("supervisorDecision", "APPROVE"));
    runJob(instance);

    var current = assessments.current(customerNo).orElseThrow();
    assertThat(current.decidedLimit()).isEqualByComparingTo("328.13");
    assertThat(current.decidedBy()).isEqualTo("carol");
    assertThat(current.supervisor()).isEqualTo("steve");
    assertThat(current.assessedBy()).isEqualTo("lily, frank");
    assertThat(current.profileBy()).isEqualTo("lily");
    assertThat(current.figuresBy()).isEqualTo("frank");
    assertThat(current.figuresByFinance()).isTrue();
    assertThat(current.nextReviewDate()).isEqualTo(TODAY.plusMonths(12));
    var master = customers.get(customerNo);
    assertThat(master.getCreditLimit()).isEqualByComparingTo("328.13");
    assertThat(master.getGrade()).isEqualTo("B");
    assertThat(master.getSettlementMethod()).isEqualTo(SettlementMethod.CREDIT);
    assertThat(master.getLastReviewDate()).isEqualTo(TODAY);
    assertThat(master.getNextReviewDate()).isEqualTo(TODAY.plusMonths(12));
    assertThat(customers.history(customerNo))
        .filteredOn(change -> change.getField().equals("creditLimit") && "carol".equals(change.getChangedBy()))
        .singleElement()
        .satisfies(change -> assertThat(change.getReason()).isEqualTo("credit review: grade B"));
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo))
        .singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(ReviewOutcome.APPROVED));
    Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(startOf(TODAY.plusMonths(12)));
  }

  @Test
  void changedByCreditWithinItsAuthority() {
    String instance = reviewUntilCreditDecides();
    // the customer already has more credit than the review decides: the decision tightens
    grants.grant(customerNo, new BigDecimal("1000.00"), "A", SettlementMethod.CREDIT, 30);

    complete(task(instance, "Task_ApproveCredit"), changed("C", 390.0, "Long relationship, good payer"));
    runJob(instance);

    var current = assessments.current(customerNo).orElseThrow();
    assertThat(current.decidedGrade().name()).isEqualTo("C");
    assertThat(current.decidedLimit()).isEqualByComparingTo("390.00");
    assertThat(current.decisionReason()).isEqualTo("Long relationship, good payer");
    assertThat(current.supervisorNeeded()).isFalse();
    assertThat(current.nextReviewDate()).isEqualTo(TODAY.plusMonths(6));
  }

  @Test
  void aChangeNeedsAReasonAndTheGradesSettlementMethods() {
    String instance = reviewUntilCreditDecides();
    Task decide = task(instance, "Task_ApproveCredit");

    var noReason = changed("B", 400.0, null);
    assertThatThrownBy(() -> complete(decide, noReason)).hasMessageContaining("reason");
    var creditForGradeE = changed("E", 0.0, "Too risky");
    creditForGradeE.put("settlementMethod", "CREDIT");
    assertThatThrownBy(() -> complete(decide, creditForGradeE)).hasMessageContaining("settlementMethod");

    assertThat(task(instance, "Task_ApproveCredit")).isNotNull();
  }

  @Test
  void limitFarAboveTheRecommendationNeedsASupervisorWhoMaySendItBack() {
    String instance = reviewUntilCreditDecides();

    complete(task(instance, "Task_ApproveCredit"), changed("B", 400.0, "Strategic customer"));
    Task supervisor = task(instance, "Task_ApproveAsSupervisor");
    assertThat(supervisor.getName())
        .isEqualTo("Approve a credit limit of 400.00 for " + customerName + " (recommended 328.13)");
    assertThatThrownBy(() -> complete(supervisor, Map.of("supervisorDecision", "DECLINE"))).hasMessageContaining("supervisorReason");
    complete(supervisor, Map.of("supervisorDecision", "DECLINE", "supervisorReason", "Too much for a new customer"));

    complete(task(instance, "Task_ApproveCredit"), changed("B", 2_000_000.0, "Parent company guarantees"));
    complete(task(instance, "Task_ApproveAsSupervisor"), Map.of("supervisorDecision", "APPROVE"));
    runJob(instance);

    var current = assessments.current(customerNo).orElseThrow();
    assertThat(current.decidedLimit()).isEqualByComparingTo("2000000.00");
    assertThat(current.supervisorNeeded()).isTrue();
    assertThat(current.supervisor()).isEqualTo("steve");
  }

  @Test
  void theSupervisorMustBeAnotherPersonThanTheCreditUserWhoDecided() {
    String sam = grants.creditAndSupervisor();
    String instance = reviewUntilCreditDecides();
    Task decide = task(instance, "Task_ApproveCredit");
    taskService.setAssignee(decide.getId(), sam);
    taskService.complete(decide.getId(), changed("B", 2_000_000.0, "Parent company guarantees"));

    Task supervisor = task(instance, "Task_ApproveAsSupervisor");
    taskService.setAssignee(supervisor.getId(), sam);
    assertThatThrownBy(() -> completeAs(supervisor, sam, Map.of("supervisorDecision", "APPROVE")))
        .hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("sam asked for this change and cannot approve it too");
    // the approver is the authenticated user, checked against the real groups: carol is no supervisor
    taskService.setAssignee(supervisor.getId(), "carol");
    assertThatThrownBy(() -> completeAs(supervisor, "carol", Map.of("supervisorDecision", "APPROVE")))
        .hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("carol is not a member of the supervisor group");
    // and only the assignee completes: steve cannot complete carol's task
    assertThatThrownBy(() -> completeAs(supervisor, "steve", Map.of("supervisorDecision", "APPROVE")))
        .hasMessageContaining("only the assignee completes it");
    assertThat(task(instance, "Task_ApproveAsSupervisor")).isNotNull();

    taskService.setAssignee(supervisor.getId(), "steve");
    completeAs(supervisor, "steve", Map.of("supervisorDecision", "APPROVE"));
    runJob(instance);
    var limits = customers.history(customerNo).stream().filter(c -> c.getField().equals("creditLimit")).toList();
    var applied = limits.get(limits.size() - 1);
    assertThat(applied.getNewValue()).isEqualTo("2000000.00");
    assertThat(applied.getChangedBy()).isEqualTo(sam);
    assertThat(applied.getApprovedBy()).isEqualTo("steve");
  }

  @Test
  void aDecisionThatLoosensCreditNeedsASupervisorEvenWithinTheLimitRule() {
    String instance = reviewUntilCreditDecides();
    // 390.00 is within 20 % of the recommendation (328.13), but above the current limit of 0.00
    complete(task(instance, "Task_ApproveCredit"), changed("C", 390.0, "Long relationship, good payer"));
    assertThat(task(instance, "Task_ApproveAsSupervisor")).isNotNull();
    assertThat(assessments.current(customerNo)).isEmpty();
    assertThat(customers.get(customerNo).getCreditLimit()).isEqualByComparingTo("0.00");
    // and the customer master refuses reviewed terms that loosen without an approver, whoever calls it
    assertThatThrownBy(() -> customers.applyReviewedTerms(customerNo, new io.ardesk.ledger.customer.CreditTerms(
        new BigDecimal("390.00"), "C", SettlementMethod.CREDIT, 45, TODAY, null), "carol", null, "review"))
        .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("a supervisor other than carol");
  }

  @Test
  void creditDoesNotDecideOnAProfileItCompleted() {
    String instance = newCustomerUnderReview();
    Task profile = task(instance, "Task_EnterProfile");
    taskService.setAssignee(profile.getId(), "carol");
    taskService.complete(profile.getId(), profileScores(7));
    complete(task(instance, "Task_EnterFigures"), figures(7));
    runJob(instance);

    Task decide = task(instance, "Task_ApproveCredit");
    taskService.setAssignee(decide.getId(), "carol");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("decision", "ACCEPT")))
        .hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("carol completed the profile of this assessment and cannot decide credit on it");
    assertThat(task(instance, "Task_ApproveCredit")).isNotNull();

    taskService.setAssignee(decide.getId(), "chris");
    taskService.complete(decide.getId(), Map.of("decision", "ACCEPT"));
    assertThat(task(instance, "Task_ApproveAsSupervisor")).isNotNull();
  }

  /**
   * Figures credit entered itself (ad hoc, POST credit-assessments) are not finance's: the review asks
   * finance. Confirmed by a second person (finance or supervisor, not who entered them), they are, and
   * the review skips the figures step (Flow_HaveFigures); who entered them still may not decide on them.
   */
  @Test
  void figuresCreditEnteredItselfSkipFinancesStepOnlyOnceASecondPersonConfirmedThem() {
    String other = TestNumbers.unique("CR");
    customers.create(CreditFixtures.newCustomer(other, "C"), "test");
    assertThat(assessments.assess(other, null, inputs(), "carol").figuresByFinance()).isFalse();
    assertThat(assessments.withRecentFigures(other)).isEmpty();
    String unconfirmed = process.request(other, ReviewTrigger.ON_REQUEST).processInstanceId();
    complete(task(unconfirmed, "Task_EnterProfile"), profileScores(7));
    assertThat(task(unconfirmed, "Task_EnterFigures")).as("finance's figures step").isNotNull();

    customers.create(CreditFixtures.newCustomer(customerNo, "C"), "test");
    var adHoc = assessments.assess(customerNo, null, inputs(), "carol");

    assertThatThrownBy(() -> assessments.confirmFigures(customerNo, adHoc.id(), "carol"))
        .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("carol entered these figures");
    assertThatThrownBy(() -> assessments.confirmFigures(customerNo, adHoc.id(), "lily"))
        .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("lily is not a member of finance or supervisor");
    assertThat(assessments.confirmFigures(customerNo, adHoc.id(), "frank").figuresConfirmedBy()).isEqualTo("frank");

    String confirmed = process.request(customerNo, ReviewTrigger.ON_REQUEST).processInstanceId();
    complete(task(confirmed, "Task_EnterProfile"), profileScores(7));
    assertThat(task(confirmed, "Task_EnterFigures")).isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(confirmed)
        .activityId("Gateway_FiguresReady").count()).isOne();
    runJob(confirmed);
    Task decide = task(confirmed, "Task_ApproveCredit");
    taskService.setAssignee(decide.getId(), "carol");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("decision", "ACCEPT")))
        .hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("carol entered the figures of this assessment");
    taskService.setAssignee(decide.getId(), "chris");
    taskService.complete(decide.getId(), Map.of("decision", "ACCEPT"));
    var decided = assessments.get((Long) historicVariable(confirmed, "assessmentId"));
    assertThat(decided.decidedBy()).isEqualTo("chris");
    assertThat(decided.figuresBy()).isEqualTo("carol");
  }

  /** The scores and figures of the credit forms as the API reads them. */
  static io.ardesk.credit.domain.CreditInputs inputs() {
    Map<String, Object> scores = new HashMap<>(profileScores(7));
    CharacteristicItem.of(CharacteristicGroup.FINANCIAL).forEach(item -> scores.put(item.name(), 7));
    Map<String, Object> financials = CreditFixtures.firstTestVector(1000);
    return io.ardesk.credit.domain.CreditInputs.read(scores::get, scores.keySet(), "characteristics.",
        financials::get, "2010-05-01", "financials.", "foundingDate");
  }

  private void completeAs(Task task, String user, Map<String, Object> variables) {
    identityService.setAuthentication(user, List.of("supervisor"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void rejectedAssessmentLeavesTheTermsAndSchedulesTheNextReview() {
    String instance = reviewUntilCreditDecides();

    assertThatThrownBy(() -> complete(task(instance, "Task_ApproveCredit"), Map.of("decision", "REJECT")))
        .hasMessageContaining("reason");
    complete(task(instance, "Task_ApproveCredit"), Map.of("decision", "REJECT", "reason", "Figures look wrong"));
    runJob(instance);

    assertThat(assessments.current(customerNo)).isEmpty();
    var rejected = assessments.get((Long) historicVariable(instance, "assessmentId"));
    assertThat(rejected.status()).isEqualTo(AssessmentStatus.REJECTED);
    assertThat(rejected.decisionReason()).isEqualTo("Figures look wrong");
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo).get(0).outcome()).isEqualTo(ReviewOutcome.REJECTED);
    assertThat(managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getDuedate())
        .isEqualTo(startOf(TODAY.plusMonths(12)));
  }

  @Test
  void theReviewDateStartsTheNextReview() {
    String first = reviewUntilCreditDecides();
    complete(task(first, "Task_ApproveCredit"), Map.of("decision", "ACCEPT"));
    // a first credit line loosens credit: a supervisor approves it
    complete(task(first, "Task_ApproveAsSupervisor"), Map.of("supervisorDecision", "APPROVE"));
    runJob(first);

    setToday(TODAY.plusMonths(12));
    Job timer = managementService.createJobQuery().processInstanceId(first).timers().executable().singleResult();
    managementService.executeJob(timer.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(first).count()).isZero();
    var next = reviews.findByCustomerNoOrderByStartedAtAsc(customerNo);
    assertThat(next).hasSize(2);
    assertThat(next.get(1).trigger()).isEqualTo(ReviewTrigger.REVIEW_DATE);
    assertThat(next.get(1).isRunning()).isTrue();
    String second = next.get(1).processInstanceId();
    complete(task(second, "Task_EnterProfile"), profileScores(8));
    assertThat(task(second, "Task_EnterFigures")).as("figures a year old are not recent").isNotNull();
  }

  @Test
  void aRiskSignalJoinsTheRunningReview() {
    String instance = reviewUntilCreditDecides();

    var signal = riskSignals.report(customerNo, RiskSignalCode.ACCOUNTANT_RESIGNED_SUDDENLY, "heard at the fair", "lily");

    var all = reviews.findByCustomerNoOrderByStartedAtAsc(customerNo);
    assertThat(all).singleElement();
    assertThat(riskSignals.ofReview(all.get(0).id())).extracting(s -> s.id()).containsExactly(signal.id());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(customerNo).count()).isOne();
    assertThat(runtimeService.getVariable(instance, "riskSignals"))
        .isEqualTo("ACCOUNTANT_RESIGNED_SUDDENLY (lily): heard at the fair");
  }

  @Test
  void aRiskSignalAfterAReviewStartsANewOneAndEndsTheWaitForTheReviewDate() {
    String first = reviewUntilCreditDecides();
    complete(task(first, "Task_ApproveCredit"), Map.of("decision", "ACCEPT"));
    // a first credit line loosens credit: a supervisor approves it
    complete(task(first, "Task_ApproveAsSupervisor"), Map.of("supervisorDecision", "APPROVE"));
    runJob(first);

    riskSignals.report(customerNo, RiskSignalCode.BOUNCED_CHEQUE, null, "system");

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(first).count()).isZero();
    var all = reviews.findByCustomerNoOrderByStartedAtAsc(customerNo);
    assertThat(all).hasSize(2);
    assertThat(all.get(1).trigger()).isEqualTo(ReviewTrigger.RISK_SIGNAL);
    String second = all.get(1).processInstanceId();
    complete(task(second, "Task_EnterProfile"), profileScores(5));
    runJob(second);
    assertThat(task(second, "Task_ApproveCredit")).as("figures of this month are reused").isNotNull();
    assertThat(taskService.getVariable(task(second, "Task_ApproveCredit").getId(), "riskSignals"))
        .isEqualTo("BOUNCED_CHEQUE (system)");
  }

  @Test
  void aTasklistStartWhileAReviewRunsJoinsIt() {
    String running = newCustomerUnderReview();

    var fromTasklist =
        runtimeService.startProcessInstanceByKey(CreditReviewProcess.PROCESS_KEY, Map.of("customerNo", customerNo));

    assertThat(fromTasklist.isEnded()).isTrue();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(fromTasklist.getId())
        .activityId("EndEvent_JoinedRunningReview").count()).isOne();
    assertThat(task(running, "Task_EnterProfile")).isNotNull();
  }

  @Test
  void aTasklistStartTakesTheCustomerNumberAsBusinessKey() {
    customers.create(CreditFixtures.newCustomer(customerNo, "C"), "test");
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo)).as("imported with a grade").isEmpty();

    var fromTasklist =
        runtimeService.startProcessInstanceByKey(CreditReviewProcess.PROCESS_KEY, Map.of("customerNo", customerNo));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(fromTasklist.getId()).singleResult()
        .getBusinessKey()).isEqualTo(customerNo);
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo).get(0).trigger()).isEqualTo(ReviewTrigger.ON_REQUEST);
  }

  @Test
  void aTasklistStartForAnUnknownCustomerIsRefused() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(CreditReviewProcess.PROCESS_KEY, Map.of("customerNo", customerNo)))
        .hasMessageContaining("No customer " + customerNo);
  }

  @Test
  void theLedgersRiskSignalsAreCreditsToo() {
    customers.create(CreditFixtures.newCustomer(customerNo, "B"), "test");

    riskSignals.on(new RiskSignalRecorded(customerNo, "BOUNCED_CHEQUE", "PAY-1", TODAY));

    var review = reviews.findByCustomerNoOrderByStartedAtAsc(customerNo);
    assertThat(review).singleElement().satisfies(r -> assertThat(r.trigger()).isEqualTo(ReviewTrigger.RISK_SIGNAL));
    assertThat(riskSignals.ofReview(review.get(0).id()))
        .singleElement()
        .satisfies(s -> assertThat(s.note()).isEqualTo("PAY-1"))
        .satisfies(s -> assertThat(s.reportedBy()).isEqualTo("ledger"));
  }

  @Test
  void financeFindsThePaymentRecordScoredFromTheLedger() {
    customers.create(CreditFixtures.newCustomer(customerNo, "B"), "test");
    invoices.postInvoice(new NewInvoice(customerNo + "-I1", customerNo, LocalDate.of(2026, 1, 1), new BigDecimal("1000.00"),
        LocalDate.of(2026, 1, 31), null, null), "test");
    payments.postPayment(new NewPayment(customerNo + "-P1", customerNo, LocalDate.of(2026, 2, 18), new BigDecimal("1000.00"),
        List.of(customerNo + "-I1"), PaymentMethod.TRANSFER, null), "test");

    String instance = process.request(customerNo, ReviewTrigger.ON_REQUEST).processInstanceId();
    complete(task(instance, "Task_EnterProfile"), profileScores(7));

    // 18 days late on average: the table scores 6
    assertThat(taskService.getVariable(task(instance, "Task_EnterFigures").getId(), "PAYMENT_RECORD")).isEqualTo(6);
  }

  @Test
  void anImportedCustomerWithoutAGradeIsReviewedInTheBackground() {
    imports.importCustomers(new StringReader("customer_no,name,salesperson\n" + customerNo + "," + customerName + ",lily\n"),
        "carol");

    var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(CreditReviewProcess.PROCESS_KEY)
        .processInstanceBusinessKey(customerNo).singleResult();
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo)).as("the import only adds instance and job").isEmpty();
    runJob(instance.getId());

    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo)).singleElement()
        .satisfies(r -> assertThat(r.trigger()).isEqualTo(ReviewTrigger.NEW_CUSTOMER));
    Task profile = task(instance.getId(), "Task_EnterProfile");
    assertThat(profile.getName()).isEqualTo("Profile and score " + customerName + " (" + customerNo + ") for the credit review");
    assertThat(profile.getAssignee()).isEqualTo("lily");
  }

  @Test
  void importedCustomersWaitForATriggerWhenTheirReviewIsSwitchedOff() {
    var switchedOff = new CreditReviewProcess(runtimeService, creditReviews, riskSignals, false, null);

    switchedOff.on(new CustomerCreated(customerNo, customerName, null, true));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(customerNo).count()).isZero();
  }

  // --- the steps, as the forms fill them

  /** Opening a customer without a grade starts its first review. */
  private String newCustomerUnderReview() {
    customers.create(CreditFixtures.newCustomer(customerNo, null), "test");
    return reviews.findByCustomerNoOrderByStartedAtAsc(customerNo).get(0).processInstanceId();
  }

  private String reviewUntilCreditDecides() {
    String instance = newCustomerUnderReview();
    complete(task(instance, "Task_EnterProfile"), profileScores(7));
    complete(task(instance, "Task_EnterFigures"), figures(7));
    runJob(instance);
    return instance;
  }

  /** The sales form: own and priority items, numbers as Integer. */
  static Map<String, Object> profileScores(int score) {
    Map<String, Object> variables = new HashMap<>();
    for (CharacteristicGroup group : List.of(CharacteristicGroup.OWN, CharacteristicGroup.PRIORITY)) {
      CharacteristicItem.of(group).forEach(item -> variables.put(item.name(), score));
    }
    return variables;
  }

  /** The finance form: the first test vector of §6.2 (limit 437.50), no warning sign, financial scores. */
  static Map<String, Object> figures(int score) {
    Map<String, Object> variables = new HashMap<>(CreditFixtures.firstTestVector(1000));
    variables.put("foundingDate", "2010-05-01");
    CharacteristicItem.of(CharacteristicGroup.FINANCIAL).forEach(item -> variables.put(item.name(), score));
    return variables;
  }

  static Map<String, Object> changed(String grade, double limit, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("decision", "CHANGE");
    variables.put("decidedGrade", grade);
    variables.put("decidedLimit", limit);
    variables.put("settlementMethod", "CREDIT");
    variables.put("paymentTermsDays", 45);
    variables.put("reason", reason);
    return variables;
  }

  private Task task(String instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
  }

  /** Claims (as Tasklist requires) by a user of the task's group, then completes. */
  private void complete(Task task, Map<String, Object> variables) {
    String user =
        switch (task.getTaskDefinitionKey()) {
          case "Task_EnterProfile" -> "lily";
          case "Task_EnterFigures" -> "frank";
          case "Task_ApproveAsSupervisor" -> "steve";
          default -> "carol";
        };
    taskService.setAssignee(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private void runJob(String instance) {
    Job job = managementService.createJobQuery().processInstanceId(instance).executable().messages().singleResult();
    managementService.executeJob(job.getId());
  }

  private Object historicVariable(String instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
        .singleResult().getValue();
  }

  private static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
