package io.ardesk.collections;

import java.math.BigDecimal;
import io.ardesk.ledger.report.OverdueItem;
import java.time.LocalDate;
import java.util.List;

/**
 * What an evaluation of a case found and what the stage asks for now. The process reads these
 * flags at its gateways; the rules behind them live here, not in the model.
 *
 * @param overdue whether the customer has overdue, undisputed items (false: the case ends)
 * @param nextStageDate the day the oldest item reaches the next stage
 * @param promiseCheckDate the day after the promised date plus grace, when an open promise is judged
 * @param deferUntil the day a deferred supervisor decision comes back
 * @param items the overdue, undisputed items, oldest first
 */
public record CaseAgenda(
    boolean overdue,
    Stage stage,
    boolean stageChanged,
    BigDecimal overdueAmount,
    String currency,
    int overdueItems,
    int oldestDaysPastDue,
    LocalDate nextStageDate,
    boolean openPromise,
    LocalDate promiseCheckDate,
    boolean callCustomer,
    boolean visitCustomer,
    boolean planAction,
    boolean decideHandOver,
    LocalDate deferUntil,
    boolean recordJudgment,
    boolean enforce,
    boolean writeOffPending,
    List<OverdueItem> items) {

  public boolean deferredDecision() {
    return deferUntil != null;
  }
}
