package io.ardesk.credit.review;

/**
 * What someone noticed about a customer (拖欠的理由和信號, 客戶倒閉前的征兆, docs/domain.md §6.5). Every
 * signal starts a credit review, or joins the running one.
 */
public enum RiskSignalCode {
  SUDDEN_JUMP_IN_ORDER_SIZE,
  PAYMENT_METHOD_CHANGED,
  OUR_SUPPLIER_RANKING_DROPPED,
  /** Reported by people, and recorded by the system when a promise to pay is broken. */
  BROKEN_PROMISE,
  BANKRUPTCY_FILING,
  OWNER_OR_MANAGER_CHANGED,
  ABNORMAL_PURCHASING,
  GOODS_DIVERTED,
  DUMPING_AT_LOW_PRICES,
  ABNORMAL_BUSINESS_PRACTICES,
  OWNER_DISTRACTED_FROM_BUSINESS,
  IRREGULAR_PRIVATE_LIFE,
  ACCOUNTANT_RESIGNED_SUDDENLY,
  OWNER_UNKEMPT_OR_LISTLESS,
  BAD_REPUTATION,
  SUDDEN_CHANGE_OF_ATTITUDE,
  FLATTERING_OUR_SALESPEOPLE,
  SUDDEN_INCREASE_IN_BRANDS_BOUGHT,
  OWNER_OFTEN_ABSENT,
  EXCESSIVE_ENTHUSIASM_FOR_US,
  GUT_FEELING,
  /** Recorded by the ledger when a cheque bounces (空頭支票). */
  BOUNCED_CHEQUE,
  /** Recorded by the ledger when a payment is reversed for another reason. */
  PAYMENT_REVERSED
}
