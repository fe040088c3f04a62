package io.ardesk.workflow.credit;

import static io.ardesk.workflow.credit.ReviewVariables.*;

import io.ardesk.credit.domain.FieldProblem;
import io.ardesk.credit.domain.InvalidCreditInputException;
import io.ardesk.credit.review.CreditAssessments;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A supervisor approves credit's limit, or declines it with a reason (credit then decides again). */
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
    if (APPROVE.equals(decision)) {
      assessments.supervisorDecided((Long) task.getVariable(ASSESSMENT_ID), TaskActor.of(task), reason);
    }
  }
}
