package io.ardesk.ledger.customer;

/** How often a customer gets its statement of account (docs/domain.md §11). */
public enum StatementCadence {
  MONTHLY,
  /** At the end of March, June, September and December. */
  QUARTERLY,
  NONE;

  /** Without a cadence of its own: key accounts monthly, the others quarterly. */
  public static StatementCadence defaultFor(boolean keyAccount) {
    return keyAccount ? MONTHLY : QUARTERLY;
  }
}
