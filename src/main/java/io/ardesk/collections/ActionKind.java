package io.ardesk.collections;

/** What was done on a collection case, for its history and for counting. */
public enum ActionKind {
  OPENED, STAGE_REACHED, LETTER_QUEUED, LETTER_TO_PRINT, LETTER_PRINTED, SUPPLY_STOPPED, SUPPLY_RESUMED, SUPPLY_PAUSED, CALL,
  PROMISE, PROMISE_KEPT, PROMISE_BROKEN, VISIT, ACTION_PLAN, HAND_OVER_DECISION, HANDED_OVER, JUDGMENT,
  ENFORCEMENT, WRITTEN_OFF, CLOSED,
  /** Items back from a payment extension resumed the case at the stage they had reached. */
  RESUMED,
  /** Work people had open that the case no longer needs (outcome: the work, note: why). */
  WORK_WITHDRAWN,
  /** A problem-receivable flag was set (outcome: the kind) or cleared. */
  PROBLEM_FLAGGED, PROBLEM_CLEARED,
  /** What the supervisor did to support the collection of a problem receivable. */
  PROBLEM_SUPPORT,
  /**
   * The mail server accepted the case's letter (note: the address); or the letter could not be sent,
   * after its whole retry schedule or a refusal of the address (note: why): credit resends it or
   * posts it instead. LETTER_QUEUED says only that it was written for sending (or re-queued).
   */
  LETTER_SENT, LETTER_FAILED,
  /** A collector asked a supervisor for an auxiliary measure; the supervisor's decision (outcome). */
  MEASURE_REQUESTED, MEASURE_DECIDED,
  /** A payment by the pay-by date earned a cash discount offer (note: its credit notes); its reversal undid it. */
  DISCOUNT_GRANTED, DISCOUNT_REVERSED
}
