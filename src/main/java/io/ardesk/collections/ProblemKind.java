package io.ardesk.collections;

/**
 * The deck's four kinds of problem receivables (問題貨款, docs/domain.md §7), chased early with supervisor support.
 */
public enum ProblemKind {
  /** (1) unpaid because of a disagreement: the customer has open disputed items (因分歧而造成未還款). */
  DISPUTE,
  /**
   * (2) no shipment for three months and the balance not settled (三個月未出貨而未結算帳務): no invoice
   * issued for {@code no-shipment-months} and an open balance.
   */
  NO_SHIPMENT,
  /**
   * (3) the contract's payment terms broken (不執行合同中還款條款): an undisputed item under a contract
   * (contract number) unpaid more than {@code terms-broken-days} after its effective due date.
   */
  TERMS_BROKEN,
  /** (4) obvious fraud (明顯上當受騙): set and cleared by a person of the credit department, with a reason. */
  FRAUD;

  /** Set and cleared by the case evaluation, not by a person. */
  public boolean automatic() {
    return this != FRAUD;
  }
}
