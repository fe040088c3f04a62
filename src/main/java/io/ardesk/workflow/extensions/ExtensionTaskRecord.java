package io.ardesk.workflow.extensions;

import static io.ardesk.workflow.ProcessValues.choice;
import static io.ardesk.workflow.ProcessValues.text;

import io.ardesk.collections.extensions.CreditCheck;
import io.ardesk.collections.extensions.ExtensionRequest;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.workflow.ProcessValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records what credit and the supervisor decided through the domain, which checks it: a refused
 * entry fails the completion with the reason, and the task stays open.
 */
@Component("extensionTaskRecord")
class ExtensionTaskRecord implements TaskListener {

  private final ExtensionRequests requests;
  private final IdentityService identity;

  ExtensionTaskRecord(ExtensionRequests requests, IdentityService identity) {
    this.requests = requests;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    String requestNo = task.getExecution().getProcessBusinessKey();
    String actor = ProcessValues.actor(task, identity);
    switch (task.getTaskDefinitionKey()) {
      case "Task_CheckCredit" -> requests.recordCreditCheck(requestNo, choice(task, "creditCheck", CreditCheck.class),
          text(task, "creditCheckNote"), actor);
      case "Task_ApproveExtension" -> task.getExecution().setVariable(ExtensionDelegates.DECISION,
          requests.supervisorDecides(requestNo, choice(task, "supervisorDecision",
              ExtensionRequest.SupervisorDecision.class), text(task, "supervisorReason"), actor).name());
      default -> throw new IllegalStateException("nothing to record for task " + task.getTaskDefinitionKey());
    }
  }
}
