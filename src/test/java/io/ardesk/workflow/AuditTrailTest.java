package io.ardesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.EscalationLadder;
import io.ardesk.collections.Stage;
import io.ardesk.support.CaseKit;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail (history level {@code ardesk-audit}): who completed a task and who modified an
 * instance are in the engine's user operation log, and the decisions the DMN tables took are kept with
 * their inputs and outputs, which Cockpit shows (the escalation table's once a day per version and days
 * past due, named in the case's history).
 */
@io.ardesk.support.IntegrationTest
class AuditTrailTest {

  static final String CASE = "collection-case";
  static final LocalDate DUE = LocalDate.of(2026, 5, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired CollectionCaseService cases;
  @Autowired EscalationLadder ladder;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    kit.resetClock();
  }

  String caseDaysPastDue(int days) {
    String customerNo = kit.customer("Audit Trail Ltd", "ap@audit.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV1", DUE.minusDays(30), DUE, "10000.00");
    kit.today(DUE.plusDays(days));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    return customerNo;
  }

  @Test
  void whoCompletedATaskIsInTheUserOperationLog() {
    String customerNo = caseDaysPastDue(3);
    Task call = kit.task(customerNo, "Task_CallCustomer");
    identity.setAuthentication("carol", List.of("credit"));
    tasks.claim(call.getId(), "carol");
    tasks.complete(call.getId(), Map.of("callOutcome", "NO_CONTACT"));
    identity.clearAuthentication();

    UserOperationLogEntry completed = history.createUserOperationLogQuery().taskId(call.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult();
    assertThat(completed.getUserId()).isEqualTo("carol");
    assertThat(completed.getProcessInstanceId()).isEqualTo(call.getProcessInstanceId());
    assertThat(completed.getCategory()).isEqualTo(UserOperationLogEntry.CATEGORY_TASK_WORKER);
    assertThat(history.createUserOperationLogQuery().taskId(call.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).singleResult().getUserId()).isEqualTo("carol");
  }

  @Test
  void anAdministratorsModificationIsInTheUserOperationLog() {
    String customerNo = caseDaysPastDue(3);
    Task call = kit.task(customerNo, "Task_CallCustomer");
    String instance = call.getProcessInstanceId();
    identity.setAuthentication("admin", List.of("camunda-admin"));
    runtime.createProcessInstanceModification(instance).cancelAllForActivity("Task_CallCustomer")
        .startBeforeActivity("Task_CallCustomer").execute(true, true);
    identity.clearAuthentication();

    List<UserOperationLogEntry> modified = history.createUserOperationLogQuery().processInstanceId(instance)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE).list();
    assertThat(modified).isNotEmpty().allSatisfy(entry -> {
      assertThat(entry.getUserId()).isEqualTo("admin");
      assertThat(entry.getCategory()).isEqualTo(UserOperationLogEntry.CATEGORY_OPERATOR);
    });
    assertThat(kit.task(customerNo, "Task_CallCustomer")).as("the call task again").isNotNull();
  }

  @Test
  void theEscalationTablesDecisionIsKeptWithItsInputAndOutputAndTheCaseNamesTheVersion() {
    String customerNo = caseDaysPastDue(20);
    DecisionDefinition table = latestEscalationTable();

    List<HistoricDecisionInstance> decided = history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionId(table.getId()).includeInputs().includeOutputs().list().stream()
        .filter(d -> Integer.valueOf(20).equals(d.getInputs().get(0).getValue()))
        .filter(d -> DUE.plusDays(20).equals(LocalDate.ofInstant(d.getEvaluationTime().toInstant(), ZoneId.systemDefault())))
        .toList();
    assertThat(decided).as("the table's answer for 20 days on the case's day, in Cockpit's decision history").isNotEmpty();
    HistoricDecisionInstance latest = decided.get(0);
    assertThat(latest.getOutputs()).extracting(o -> o.getVariableName() + "=" + o.getValue())
        .containsExactlyInAnyOrder("stage=LETTER_1", "nextStageAtDays=30");
    assertThat(latest.getRemovalTime()).as("removed by the history cleanup after its time to live").isNotNull();
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.STAGE_REACHED)
        .extracting(CaseView.Action::note)
        .containsExactly("20 days past due (escalation-stage v" + table.getVersion() + ")");
  }

  @Test
  void theTableIsAskedOnceADayPerVersionAndDaysNotOncePerCase() {
    kit.today(DUE.plusDays(47));
    DecisionDefinition table = latestEscalationTable();
    long before = decisionsFor(table, 47);
    assertThat(ladder.rungFor(47)).isEqualTo(new EscalationLadder.Rung(Stage.LETTER_2, 60,
        "escalation-stage v" + table.getVersion()));
    long first = decisionsFor(table, 47);
    assertThat(first).as("asked through the engine at most once today").isBetween(before, before + 1);
    assertThat(first).as("kept in the decision history").isPositive();

    for (int again = 0; again < 5; again++) {
      assertThat(ladder.rungFor(47).stage()).isEqualTo(Stage.LETTER_2);
    }
    assertThat(decisionsFor(table, 47)).as("the same day's answer from memory").isEqualTo(first);

    kit.today(DUE.plusDays(48));
    assertThat(ladder.rungFor(47).stage()).isEqualTo(Stage.LETTER_2);
    assertThat(decisionsFor(table, 47)).as("asked again the next day").isEqualTo(first + 1);
  }

  DecisionDefinition latestEscalationTable() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("escalation-stage").latestVersion()
        .singleResult();
  }

  long decisionsFor(DecisionDefinition table, int daysPastDue) {
    return history.createHistoricDecisionInstanceQuery().decisionDefinitionId(table.getId()).includeInputs().list()
        .stream().filter(d -> Integer.valueOf(daysPastDue).equals(d.getInputs().get(0).getValue())).count();
  }
}
