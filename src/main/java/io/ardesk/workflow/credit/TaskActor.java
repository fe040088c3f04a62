package io.ardesk.workflow.credit;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: its assignee (Tasklist makes one claim first), else the logged-in user. */
final class TaskActor {

  private TaskActor() {}

  static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "unknown" : authentication.getUserId();
  }
}
