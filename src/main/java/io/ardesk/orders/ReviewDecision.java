package io.ardesk.orders;

/** What credit (or a supervisor) decides about an order in review. */
public enum ReviewDecision {
  APPROVE(OrderStatus.APPROVED),
  REJECT(OrderStatus.REJECTED),
  /** Ship only against prepayment. */
  PREPAYMENT(OrderStatus.PREPAYMENT_REQUIRED);

  private final OrderStatus status;

  ReviewDecision(OrderStatus status) {
    this.status = status;
  }

  public OrderStatus status() {
    return status;
  }
}
