package io.ardesk.credit.review;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Credit reviews: at most one runs per customer; a second trigger joins it. */
@Service
@Transactional
public class CreditReviews {

  private final CreditReviewRepository reviews;
  private final Clock clock;

  public CreditReviews(CreditReviewRepository reviews, Clock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  /** The review just opened, or the running one that the trigger joins. */
  public record Opening(CreditReview review, boolean joined) {}

  /**
   * Opens a review for the customer, unless one runs: then the trigger joins that one. Two openings
   * racing each other meet the unique constraint on the running review: one of them fails and is
   * retried by its caller, then joins.
   */
  public Opening open(String customerNo, ReviewTrigger trigger, String processInstanceId) {
    Optional<CreditReview> running = running(customerNo);
    if (running.isPresent()) {
      return new Opening(running.get(), true);
    }
    var review = new CreditReview(customerNo, trigger, processInstanceId, clock.instant());
    return new Opening(reviews.saveAndFlush(review), false);
  }

  @Transactional(readOnly = true)
  public Optional<CreditReview> running(String customerNo) {
    return reviews.findByOpenCustomerNo(customerNo);
  }

  public void end(long reviewId, ReviewOutcome outcome) {
    reviews.findById(reviewId).orElseThrow().end(outcome, clock.instant());
  }
}
