package io.ardesk.workflow.credit;

import static io.ardesk.workflow.credit.ReviewVariables.*;

import io.ardesk.credit.domain.FieldProblem;
import io.ardesk.credit.domain.InvalidCreditInputException;
import io.ardesk.credit.review.CreditAssessments;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A supervisor approves credit's limit, or declines it with a reason (credit then decides again). The
 * supervisor is the authenticated user and must not be the credit user who decided.
 */
@Component("supervisorDecisionListener")
public class SupervisorDecisionListener implements TaskListener {

  private final CreditAssessments assessments;

  public SupervisorDecisionListener(CreditAssessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = (String) task.getVariable(SUPERVISOR_DECISION);
    String reason = (String) task.getVariable(SUPERVISOR_REASON);
    if (!APPROVE.equals(decision) && (reason == null || reason.isBlank())) {
      throw new InvalidCreditInputException(
          List.of(new FieldProblem(SUPERVISOR_REASON, "is required to send the decision back to credit")));
    }
    // four eyes: the authenticated user (not the assignee or a variable) must be a supervisor other
    // than the credit user who decided; refused, the task stays open with the message
    String supervisor = TaskActor.authenticated(task);
    long assessmentId = (Long) task.getVariable(ASSESSMENT_ID);
    if (APPROVE.equals(decision)) {
      assessments.supervisorDecided(assessmentId, supervisor, reason);
    } else {
      assessments.checkSupervisor(assessmentId, supervisor);
    }
  }
}
