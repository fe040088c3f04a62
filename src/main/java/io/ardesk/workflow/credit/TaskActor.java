package io.ardesk.workflow.credit;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: its assignee (Tasklist makes one claim first), else the logged-in user. */
final class TaskActor {

  private TaskActor() {}

  /**
   * The user the engine authenticated for this call (Tasklist, engine REST); without one (the
   * application completing a task itself), the assignee.
   */
  static String authenticated(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "unknown" : authentication.getUserId();
  }
}
