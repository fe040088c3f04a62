package io.ardesk.collections.extensions;

/** Where an extension request stands. */
public enum ExtensionStatus {
  /** Waiting for the credit check (即期資信調查). */
  REQUESTED,
  /** Credit is good but the decision table wants a supervisor's approval. */
  AWAITING_SUPERVISOR,
  /** The effective due dates moved; the outcome comes on the new date. */
  GRANTED,
  /** Refused: collections go on. */
  REFUSED,
  /** The new date passed: paid, or charged and back in collections. */
  ENDED;

  public boolean running() {
    return this == REQUESTED || this == AWAITING_SUPERVISOR || this == GRANTED;
  }
}
