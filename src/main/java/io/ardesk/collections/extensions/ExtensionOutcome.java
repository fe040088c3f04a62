package io.ardesk.collections.extensions;

/** What the share of the extended amount paid by the new date leads to (docs/domain.md §8). */
public enum ExtensionOutcome {
  /** Everything paid: done. */
  PAID_IN_FULL,
  /** At least half paid: interest on the balance. */
  INTEREST,
  /** Less than half paid: penalty and interest on the balance. */
  PENALTY_AND_INTEREST,
  /** Nothing paid: penalty and interest on the whole extended amount. */
  NOTHING_PAID
}
