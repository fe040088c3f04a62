package io.ardesk.collections;

import io.ardesk.ledger.report.OverdueItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an evaluation of a case found and what the case asks for now: the work people should have
 * open, and the day the case looks again by itself. The rules behind it live in
 * {@link CollectionCaseService}, not in the process model.
 *
 * @param overdue whether the customer has overdue, undisputed items (false: the case ends)
 * @param work the human work the case needs now (open tasks not in it are withdrawn)
 * @param withdrawalReason why work left out now is no longer needed, for the case history
 * @param lookAgainOn the day the case looks again by itself: the next stage, the promised date plus
 *     grace, a call to repeat or a deferred decision, whichever comes first
 * @param promiseOpenUntil while a promise to pay is open, the last day of its grace (the ladder waits)
 * @param items the overdue, undisputed items, oldest first
 */
public record CaseAgenda(
    boolean overdue,
    Stage stage,
    BigDecimal overdueAmount,
    String currency,
    int overdueItems,
    int oldestDaysPastDue,
    Set<CaseWork> work,
    String withdrawalReason,
    LocalDate lookAgainOn,
    LocalDate promiseOpenUntil,
    List<OverdueItem> items) {

  public boolean needs(CaseWork kind) {
    return work.contains(kind);
  }

  public boolean paused() {
    return promiseOpenUntil != null;
  }
}
