package io.ardesk.ledger.report;

import java.math.BigDecimal;

/**
 * An open collection case on the worklist.
 *
 * @param expectedLoss Σ over its overdue, undisputed items of open amount × (1 − the recovery curve's
 *     probability at the item's days past due), rounded half-up
 * @param priority the Tasklist priority of the case's tasks derived from {@code expectedLoss}
 * @param reason the figures behind the rank, in words
 */
public record WorklistEntry(
    int rank,
    String customerNo,
    String name,
    String currency,
    String stage,
    BigDecimal overdueAmount,
    int overdueItems,
    int oldestDaysPastDue,
    BigDecimal expectedLoss,
    boolean brokenPromise,
    String grade,
    int priority,
    String reason) {}
