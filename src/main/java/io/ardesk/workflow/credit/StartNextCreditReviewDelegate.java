package io.ardesk.workflow.credit;

import io.ardesk.credit.review.ReviewTrigger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review date has come: a new review starts (or a running one, started meanwhile, is joined). */
@Component("startNextCreditReview")
public class StartNextCreditReviewDelegate implements JavaDelegate {

  private final CreditReviewProcess process;

  public StartNextCreditReviewDelegate(CreditReviewProcess process) {
    this.process = process;
  }

  @Override
  public void execute(DelegateExecution execution) {
    process.request((String) execution.getVariable(ReviewVariables.CUSTOMER_NO), ReviewTrigger.REVIEW_DATE);
  }
}
