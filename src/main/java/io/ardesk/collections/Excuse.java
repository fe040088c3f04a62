package io.ardesk.collections;

/** The deck's list of reasons customers give for not paying, so that they can be counted. */
public enum Excuse {
  /** 周轉困難 */
  CASH_FLOW_DIFFICULTIES,
  /** our customers have not paid us */
  OWN_CUSTOMERS_NOT_PAID,
  /** the manager is away */
  MANAGER_AWAY,
  /** invoice not received */
  INVOICE_NOT_RECEIVED,
  /** finance will pay tomorrow */
  FINANCE_PAYS_TOMORROW,
  /** quality problem */
  QUALITY_PROBLEM
}
