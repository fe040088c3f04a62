package io.ardesk.collections;

/** What a collector's call achieved (docs/domain.md §9), each counted. */
public enum CallOutcome {
  /** The customer says it has paid: wait for the payment to show. */
  PAID,
  /** A promise to pay (付款承諾) with date and amount. */
  PROMISE,
  /** The customer disputes items: they leave dunning once a complaint names them. */
  DISPUTE,
  /** The customer asks for more time (延期付款). */
  EXTENSION_REQUEST,
  /** One of the deck's excuses (拖欠的理由): call again later. */
  EXCUSE,
  /** Nobody answered: call again later. */
  NO_CONTACT;

  public boolean callAgain() {
    return this == EXCUSE || this == NO_CONTACT;
  }
}
