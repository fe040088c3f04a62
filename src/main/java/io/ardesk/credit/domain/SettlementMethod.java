package io.ardesk.credit.domain;

/** How a customer may pay (結算方式, docs/domain.md §3). */
public enum SettlementMethod {
  /** 預收款銷售: paid before delivery. */
  PREPAYMENT,
  /** 現金銷售: paid on delivery. */
  CASH,
  /** 信用銷售: sold on credit up to the limit. */
  CREDIT
}
