package io.ardesk.orders;

/** The outcomes of the order credit decision (DMN {@code order-credit-decision}). */
public enum CreditOutcome {
  APPROVED(OrderStatus.APPROVED),
  CREDIT_REVIEW(OrderStatus.IN_CREDIT_REVIEW),
  HOLD(OrderStatus.ON_HOLD),
  PREPAYMENT_REQUIRED(OrderStatus.PREPAYMENT_REQUIRED),
  REJECTED(OrderStatus.REJECTED);

  private final OrderStatus status;

  CreditOutcome(OrderStatus status) {
    this.status = status;
  }

  public OrderStatus status() {
    return status;
  }
}
