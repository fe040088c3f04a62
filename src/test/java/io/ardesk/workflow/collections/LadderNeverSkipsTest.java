package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ladder never skips a stage's letter or work (docs/domain.md §9): a case that reaches or passes
 * stages while paused by a promise, started late or after an outage does each stage's letter in order,
 * and LETTER_4's letter and targeted action plan come before the supervisor's agency decision.
 * 10,000.00 CNY due 2026-01-31 (day 90 is 2026-05-01).
 */
@IntegrationTest
class LadderNeverSkipsTest {
  static final String CASE = "collection-case";
  static final LocalDate DUE = LocalDate.of(2026, 1, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired CustomerService customers;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  String caseDaysPastDue(int days) {
    String customerNo = kit.customer("Summit Paper Mills", "ap@summit.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV1", DUE.minusDays(30), DUE, "10000.00");
    kit.today(DUE.plusDays(days));
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs(CASE, customerNo);
    return customerNo;
  }

  List<Stage> letterStages(String customerNo) {
    return cases.view(customerNo).letters().stream().map(CaseView.Letter::stage).toList();
  }

  List<String> taskKeys(String customerNo) {
    return kit.tasks(customerNo).stream().map(Task::getTaskDefinitionKey).sorted().toList();
  }

  List<Stage> stagesReached(String customerNo) {
    return cases.view(customerNo).history().stream().filter(a -> a.kind() == ActionKind.STAGE_REACHED)
        .map(CaseView.Action::stage).toList();
  }

  void planAction(String customerNo) {
    kit.complete(CASE, customerNo, "Task_PlanAction", "carol", Map.of("actionPlan", "Meet the owner with sales"));
    kit.runDueJobs(CASE, customerNo);
  }

  @Test
  void theFourthLetterAndTheActionPlanAreDoneWhenDay90FallsInAPromisePause() {
    String customerNo = caseDaysPastDue(70);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_3);
    // promised on day 70 for day 95: open until day 98 (3 days' grace), judged on day 99; day 90 passes meanwhile
    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", Map.of("callOutcome", "PROMISE",
        "promiseDate", DUE.plusDays(95).toString(), "promiseAmount", 10000));
    assertThat(kit.timerDue(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(99).atStartOfDay());

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");

    CaseView view = cases.view(customerNo);
    assertThat(view.promises()).extracting(CaseView.Promise::status).containsExactly("BROKEN");
    assertThat(view.stage()).as("not AGENCY on day 99: LETTER_4 first").isEqualTo(Stage.LETTER_4);
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_3, Stage.LETTER_4);
    assertThat(taskKeys(customerNo)).contains("Task_PlanAction").doesNotContain("Task_DecideHandOver");

    planAction(customerNo);

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);
    assertThat(taskKeys(customerNo)).contains("Task_DecideHandOver").doesNotContain("Task_PlanAction");
    assertThat(stagesReached(customerNo)).containsExactly(Stage.LETTER_3, Stage.LETTER_4, Stage.AGENCY);
  }

  @Test
  void aCaseStartedOnDay91SendsTheFourthLetterAndAsksForTheActionPlanBeforeTheAgencyDecision() {
    String customerNo = caseDaysPastDue(91);

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_4);
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_4);
    assertThat(taskKeys(customerNo)).contains("Task_PlanAction").doesNotContain("Task_DecideHandOver");
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);

    planAction(customerNo);

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);
    Task decide = kit.task(customerNo, "Task_DecideHandOver");
    assertThat(decide.getName()).startsWith("Decide: hand Summit Paper Mills to a collection agency?");
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_4);
  }

  void decideHandOver(String customerNo, String decision, LocalDate deferUntil, String reason) {
    Map<String, Object> form = new java.util.HashMap<>(Map.of("handOverDecision", decision, "decisionReason", reason));
    if (deferUntil != null) {
      form.put("deferUntil", deferUntil.toString());
    }
    kit.complete(CASE, customerNo, "Task_DecideHandOver", "steve", form);
    kit.runDueJobs(CASE, customerNo);
  }

  /**
   * Day 200 is past AGENCY (over 90) and LITIGATION (over 180): the fourth letter and the action plan,
   * then the agency decision, then the lawsuit decision, one after the other.
   */
  @Test
  void aCaseStartedOnDay200AsksTheActionPlanThenTheAgencyDecisionThenTheLawsuitDecision() {
    String customerNo = caseDaysPastDue(200);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_4);
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_4);
    assertThat(taskKeys(customerNo)).containsExactly("Task_PlanAction", "Task_SupportProblemReceivable");
    BpmnAwareTests.assertThat(kit.instance(CASE, customerNo)).isWaitingAt("Task_PlanAction");

    planAction(customerNo);

    assertThat(cases.view(customerNo).stage()).as("not LITIGATION before the agency decision").isEqualTo(Stage.AGENCY);
    assertThat(taskKeys(customerNo)).containsExactly("Task_DecideHandOver", "Task_SupportProblemReceivable");
    assertThat(kit.task(customerNo, "Task_DecideHandOver").getName())
        .isEqualTo("Decide: hand Summit Paper Mills to a collection agency? (10,000.00 CNY, 200 days)");
    // looked at again the same day (a payment elsewhere, a run): still the agency decision
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);
    assertThat(kit.task(customerNo, "Task_DecideHandOver").getName()).startsWith("Decide: hand Summit Paper Mills");

    decideHandOver(customerNo, "APPROVE", null, "No answer to four letters");

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LITIGATION);
    assertThat(kit.task(customerNo, "Task_DecideHandOver").getName())
        .isEqualTo("Decide: sue Summit Paper Mills? (10,000.00 CNY, 200 days)");
    assertThat(stagesReached(customerNo)).containsExactly(Stage.LETTER_4, Stage.AGENCY, Stage.LITIGATION);
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.HAND_OVER_DECISION)
        .extracting(CaseView.Action::stage, CaseView.Action::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.AGENCY, "APPROVE"));
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_4);
  }

  /** A deferral is no agency decision: the case stays at AGENCY and asks it again on the date. */
  @Test
  void aDeferredAgencyDecisionHoldsTheCaseAtAgencyUntilItsDate() {
    String customerNo = caseDaysPastDue(200);
    planAction(customerNo);
    decideHandOver(customerNo, "DEFER", DUE.plusDays(210), "The new owner promised a plan");

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);
    assertThat(taskKeys(customerNo)).doesNotContain("Task_DecideHandOver");
    assertThat(kit.fireTimer(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(210).atStartOfDay());

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);
    assertThat(kit.task(customerNo, "Task_DecideHandOver").getName())
        .isEqualTo("Decide: hand Summit Paper Mills to a collection agency? (10,000.00 CNY, 210 days)");
  }

  /** A write-off decided at AGENCY ends the ladder there: finance confirms it, no lawsuit is asked. */
  @Test
  void aWriteOffDecidedAtAgencyAfterDay180AsksNoLawsuit() {
    String customerNo = caseDaysPastDue(200);
    planAction(customerNo);
    decideHandOver(customerNo, "WRITE_OFF", null, "The customer vanished");

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.AGENCY);
    assertThat(taskKeys(customerNo)).contains("Task_WriteOff").doesNotContain("Task_DecideHandOver");
  }

  @Test
  void aCaseThatWasNotLookedAtForWeeksSendsEachPassedStagesLetterInOrder() {
    String customerNo = caseDaysPastDue(20);
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_1);

    // nothing ran between day 20 and day 65 (an outage): the next look sends LETTER_2, then LETTER_3
    kit.today(DUE.plusDays(65));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);

    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_3);
    assertThat(letterStages(customerNo)).containsExactly(Stage.LETTER_1, Stage.LETTER_2, Stage.LETTER_3);
    assertThat(stagesReached(customerNo)).containsExactly(Stage.LETTER_1, Stage.LETTER_2, Stage.LETTER_3);
    assertThat(customers.get(customerNo).getStatus()).as("LETTER_2's stop supply").isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertThat(taskKeys(customerNo)).contains("Task_VisitCustomer");
  }
}
