package io.ardesk.ledger.customer;

/** 結算方式: how a customer settles (docs/domain.md §3). */
public enum SettlementMethod {
  /** 預收款銷售: paid before delivery. */
  PREPAYMENT,
  /** 現金銷售: paid on delivery. */
  CASH,
  /** 信用銷售: sold on credit with payment terms. */
  CREDIT
}
