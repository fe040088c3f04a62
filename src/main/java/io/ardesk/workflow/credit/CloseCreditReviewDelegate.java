package io.ardesk.workflow.credit;

import static io.ardesk.workflow.credit.ReviewVariables.*;

import io.ardesk.credit.review.CreditAssessments;
import io.ardesk.credit.review.CreditReviews;
import io.ardesk.credit.review.ReviewOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the review: approves the decision onto the customer master, or rejects the assessment, and
 * sets the date of the next review for the timer.
 */
@Component("closeCreditReview")
public class CloseCreditReviewDelegate implements JavaDelegate {

  private final CreditAssessments assessments;
  private final CreditReviews reviews;
  private final Clock clock;

  public CloseCreditReviewDelegate(CreditAssessments assessments, CreditReviews reviews, Clock clock) {
    this.assessments = assessments;
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long assessmentId = (Long) execution.getVariable(ASSESSMENT_ID);
    String actor = (String) execution.getVariable(DECIDED_BY);
    boolean rejected = REJECT.equals(execution.getVariable(DECISION));
    var assessment =
        rejected
            ? assessments.reject(assessmentId, actor, (String) execution.getVariable(REASON))
            : assessments.approve(assessmentId, actor);
    reviews.end((Long) execution.getVariable(REVIEW_ID), rejected ? ReviewOutcome.REJECTED : ReviewOutcome.APPROVED);
    execution.setVariable(NEXT_REVIEW_AT, startOf(assessment.nextReviewDate()));
    execution.setVariable("nextReviewDate", assessment.nextReviewDate().toString());
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
  }
}
