package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What Cockpit shows when a step keeps failing: an incident whose message names the step, the customer and the reason. */
@IntegrationTest
class IncidentMessageTest {

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aStepThatKeepsFailingBecomesAnIncidentNamingTheStepTheCustomerAndTheReason() {
    String customerNo = TestNumbers.unique("NOPE");
    ProcessInstance instance = runtime.startProcessInstanceByKey(CollectionCaseStarter.PROCESS, customerNo);

    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(job.getRetries()).isEqualTo(4 - attempt);
      assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageStartingWith("Evaluate overdue items and stage for customer " + customerNo + " failed: ");
    }

    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_EvaluateCase");
    assertThat(incident.getIncidentMessage())
        .startsWith("Evaluate overdue items and stage for customer " + customerNo + " failed: ")
        .contains(customerNo);
    runtime.deleteProcessInstance(instance.getId(), "test done");
  }
}
