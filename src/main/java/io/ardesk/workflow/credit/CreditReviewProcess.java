package io.ardesk.workflow.credit;

import io.ardesk.credit.review.CreditReviews;
import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.credit.review.RiskSignalReported;
import io.ardesk.credit.review.RiskSignals;
import io.ardesk.credit.review.WarningSignsRaised;
import io.ardesk.ledger.event.CustomerCreated;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the {@code customer-credit-review} process, or has a trigger join the review that runs:
 * one review per customer at a time, business key = customer number.
 */
@Component
public class CreditReviewProcess {

  public static final String PROCESS_KEY = "customer-credit-review";
  static final String MESSAGE_SUPERSEDED = "CreditReviewSuperseded";
  static final String MESSAGE_CUSTOMER_IMPORTED = "CustomerImported";

  private final RuntimeService runtime;
  private final CreditReviews reviews;
  private final RiskSignals riskSignals;
  private final boolean reviewImportedCustomers;
  private final ImportedCustomerReviews importedCustomerReviews;

  public CreditReviewProcess(
      RuntimeService runtime, CreditReviews reviews, RiskSignals riskSignals,
      @Value("${ardesk.credit.review-imported-customers:true}") boolean reviewImportedCustomers,
      ImportedCustomerReviews importedCustomerReviews) {
    this.runtime = runtime;
    this.reviews = reviews;
    this.riskSignals = riskSignals;
    this.reviewImportedCustomers = reviewImportedCustomers;
    this.importedCustomerReviews = importedCustomerReviews;
  }

  /** The review a trigger started or joined. */
  public record RequestedReview(long reviewId, String processInstanceId, boolean joined) {}

  @Transactional
  public RequestedReview request(String customerNo, ReviewTrigger trigger) {
    var running = reviews.running(customerNo);
    if (running.isPresent()) {
      return new RequestedReview(running.get().id(), running.get().processInstanceId(), true);
    }
    var instance =
        runtime
            .createProcessInstanceByKey(PROCESS_KEY)
            .businessKey(customerNo)
            .setVariable(ReviewVariables.CUSTOMER_NO, customerNo)
            .setVariable(ReviewVariables.TRIGGER, trigger.name())
            .executeWithVariablesInReturn();
    long reviewId = instance.getVariables().getValue(ReviewVariables.REVIEW_ID, Long.class);
    return new RequestedReview(reviewId, instance.getId(), false);
  }

  /** A risk signal starts a review, or is recorded on the running one for credit to see. */
  @EventListener
  @Transactional
  public void on(RiskSignalReported signal) {
    var review = request(signal.customerNo(), ReviewTrigger.RISK_SIGNAL);
    riskSignals.reviewedIn(signal.signalId(), review.reviewId());
    if (review.joined()) {
      runtime.setVariable(review.processInstanceId(), ReviewVariables.RISK_SIGNALS, signalsOf(review.reviewId()));
    }
  }

  /**
   * A new customer without a grade (one imported with its terms has one) gets its first review. An
   * imported customer's review starts at the message start event, asynchronously, and only after the
   * import committed ({@link ImportedCustomerReviews}): the import only sets its next review date to
   * today, and the job executor opens the review later. With
   * {@code ardesk.credit.review-imported-customers} off, imported customers get no review until
   * something asks for one (a risk signal, warning signs, a request).
   */
  @EventListener
  @Transactional
  public void on(CustomerCreated created) {
    if (created.grade() != null) {
      return;
    }
    if (!created.imported()) {
      request(created.customerNo(), ReviewTrigger.NEW_CUSTOMER);
    } else if (reviewImportedCustomers) {
      importedCustomerReviews.request(created.customerNo());
    }
  }

  /** Warning signs found outside a review force one. */
  @EventListener
  @Transactional
  public void on(WarningSignsRaised warnings) {
    request(warnings.customerNo(), ReviewTrigger.WARNING_SIGN);
  }

  /** The review's risk signals in one line each, for the credit approval form. */
  String signalsOf(long reviewId) {
    return riskSignals.ofReview(reviewId).stream()
        .map(s -> s.code() + " (" + s.reportedBy() + ")" + (s.note() == null ? "" : ": " + s.note()))
        .collect(Collectors.joining("\n"));
  }
}
