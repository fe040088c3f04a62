package io.ardesk.collections;

/**
 * Which stage fits an overdue item of so many days, and from how many days the next stage applies.
 * The rules live in the DMN table {@code escalation-stage}; the workflow layer evaluates it.
 */
public interface EscalationLadder {

  Rung rungFor(int daysPastDue);

  /**
   * @param nextStageAtDays days past due at which the next stage starts; null at the top of the ladder
   * @param table the table and version that answered (e.g. {@code escalation-stage v2}), for the case's history
   */
  record Rung(Stage stage, Integer nextStageAtDays, String table) {}
}
