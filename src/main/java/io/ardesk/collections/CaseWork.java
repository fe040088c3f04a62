package io.ardesk.collections;

/**
 * The human work a collection case can ask for. An evaluation names the work the case needs now;
 * work already open and still needed is left alone, work no longer needed is withdrawn.
 */
public enum CaseWork {
  /** A letter to a customer without e-mail waits to be printed and posted. */
  PRINT_LETTER,
  /** The collector phones the customer (REMINDER up to LETTER_3). */
  CALL,
  /** The salesperson visits the customer (LETTER_3). */
  VISIT,
  /** A targeted action plan (LETTER_4). */
  ACTION_PLAN,
  /** A supervisor decides on an agency or a lawsuit (AGENCY, LITIGATION). */
  HAND_OVER_DECISION,
  /** The court's judgment is recorded (LITIGATION, lawsuit approved). */
  JUDGMENT,
  /** The judgment is enforced (ENFORCEMENT). */
  ENFORCE,
  /** Finance confirms a decided write-off. */
  WRITE_OFF,
  /** A supervisor supports the collection of a problem receivable (問題貨款, docs/domain.md §7). */
  SUPPORT_PROBLEM,
  /** A supervisor decides an auxiliary measure a collector asked for: penalty interest or a cash discount (§9). */
  DECIDE_MEASURE;

  /** Work that belongs to the ladder and waits while a promise to pay is open. */
  public boolean pausedByPromise() {
    return this == CALL || this == VISIT || this == ACTION_PLAN || this == HAND_OVER_DECISION;
  }
}
