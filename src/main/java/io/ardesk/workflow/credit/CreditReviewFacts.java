package io.ardesk.workflow.credit;

import io.ardesk.credit.review.CreditAssessments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Facts the review's gateways read from the database by business key (the customer number), never
 * from variables a task worker could set: whether finance's figures step may be skipped.
 */
@Component("creditReviewFacts")
public class CreditReviewFacts {

  private final CreditAssessments assessments;

  public CreditReviewFacts(CreditAssessments assessments) {
    this.assessments = assessments;
  }

  /** Gateway_RecentFigures: figures younger than {@code ardesk.credit.figures-valid-for} are on file. */
  public boolean recentFiguresOnFile(DelegateExecution execution) {
    return assessments.withRecentFigures(execution.getProcessBusinessKey()).isPresent();
  }
}
