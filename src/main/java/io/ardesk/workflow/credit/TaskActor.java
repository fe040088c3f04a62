package io.ardesk.workflow.credit;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Who completes a task: the logged-in user (who must be its assignee, see
 * {@code io.ardesk.workflow.controls.EngineControls}); for the application's own Java calls, which run
 * without one, the assignee.
 */
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
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() == null ? "unknown" : task.getAssignee();
  }
}
