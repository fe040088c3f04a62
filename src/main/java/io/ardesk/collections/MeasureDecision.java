package io.ardesk.collections;

/** A supervisor's answer to a collector's request for an auxiliary measure (輔助方法, docs/domain.md §9). */
public enum MeasureDecision {
  /** Charge the penalty interest accrued to the day (收取懲罰性利息): a charge document. */
  PENALTY_INTEREST,
  /** Offer a cash discount for payment of the overdue balance by a date (給予現金折扣). */
  CASH_DISCOUNT,
  /** Neither. */
  NONE
}
