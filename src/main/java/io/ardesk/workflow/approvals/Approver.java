package io.ardesk.workflow.approvals;

import io.ardesk.ledger.ApprovalRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Who decides an approval task: the user the engine authenticated for this call (Tasklist and engine
 * REST always authenticate), never a variable. Only when the application itself completes a task
 * without an authenticated user is it the assignee; neither → refused.
 */
public final class Approver {
  private Approver() {}

  public static String of(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw new ApprovalRefusedException("approver",
        "an approval must be completed by an authenticated supervisor (Tasklist or engine REST)");
  }

  /** The decision field of an approval form: APPROVE or REFUSE. */
  public static boolean approves(DelegateTask task) {
    Object decision = task.getVariable("decision");
    if ("APPROVE".equals(decision)) {
      return true;
    }
    if ("REFUSE".equals(decision)) {
      return false;
    }
    throw new io.ardesk.ledger.InvalidInputException("decision", "decision must be APPROVE or REFUSE");
  }

  public static String reason(DelegateTask task) {
    Object reason = task.getVariable("decisionReason");
    return reason == null ? null : reason.toString();
  }
}
