package io.ardesk.orders;

/** A supervisor's decision on an order on hold for long (order-to-cash, Task_DecideHeldOrder). */
public enum HeldOrderDecision {
  /** The order waits for the customer's release for another period. */
  KEEP_WAITING,
  /** The order is cancelled. */
  CANCEL
}
