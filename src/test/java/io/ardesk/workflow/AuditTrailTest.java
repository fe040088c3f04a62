package io.ardesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.CaseKit;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail (history level {@code ardesk-audit}): who completed a task and who modified an
 * instance are in the engine's user operation log, and the decisions the DMN tables took are kept with
 * their inputs and outputs, which Cockpit shows.
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
  void theDecisionsOfTheEscalationTableAreKeptWithTheirInputsAndOutputs() {
    long before = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("escalation-stage").count();
    caseDaysPastDue(20);
    List<HistoricDecisionInstance> decided = history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("escalation-stage").includeInputs().includeOutputs()
        .orderByEvaluationTime().desc().list();
    assertThat(decided.size()).isGreaterThan((int) before);
    HistoricDecisionInstance latest = decided.get(0);
    assertThat(latest.getInputs()).isNotEmpty();
    assertThat(latest.getOutputs()).isNotEmpty();
    assertThat(latest.getRemovalTime()).as("removed by the history cleanup after its time to live").isNotNull();
  }
}
