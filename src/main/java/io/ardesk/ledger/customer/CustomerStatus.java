package io.ardesk.ledger.customer;

/** docs/domain.md §3. */
public enum CustomerStatus {
  /** Normal business. */
  ACTIVE,
  /** Stop supply (停止供貨): at least one hold is active. */
  CREDIT_HOLD,
  /** Credit line cancelled (取消信用額度): prepayment or cash only. */
  CASH_ONLY,
  /** No new business. */
  CLOSED
}
