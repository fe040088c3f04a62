package io.ardesk.credit.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One credit review of one customer; at most one runs per customer at a time. */
@Entity
@Table(name = "credit_review")
public class CreditReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String customerNo;

  /** The customer number while the review runs, null after: unique, so one running review per customer. */
  private String openCustomerNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "started_by")
  private ReviewTrigger trigger;

  private String processInstanceId;
  private Instant startedAt;
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  private ReviewOutcome outcome;

  protected CreditReview() {}

  CreditReview(String customerNo, ReviewTrigger trigger, String processInstanceId, Instant startedAt) {
    this.customerNo = customerNo;
    this.openCustomerNo = customerNo;
    this.trigger = trigger;
    this.processInstanceId = processInstanceId;
    this.startedAt = startedAt;
  }

  void end(ReviewOutcome outcome, Instant at) {
    if (openCustomerNo == null) {
      return;
    }
    this.openCustomerNo = null;
    this.outcome = outcome;
    this.endedAt = at;
  }

  public Long id() {
    return id;
  }

  public String customerNo() {
    return customerNo;
  }

  public ReviewTrigger trigger() {
    return trigger;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public ReviewOutcome outcome() {
    return outcome;
  }

  public boolean isRunning() {
    return openCustomerNo != null;
  }
}
