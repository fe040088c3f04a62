package io.ardesk.ledger.report;

import java.math.BigDecimal;

/**
 * What lateness costs (docs/domain.md §5): {@code interestCost} = Σ overdue × annual rate × days past
 * due / 365; {@code salesNeededIfLost} = overdue / margin, the new sales a bad debt of this size
 * needs to earn back.
 */
public record CostOfLateness(
    String customerNo,
    String name,
    BigDecimal overdue,
    BigDecimal weightedAverageDaysPastDue,
    BigDecimal interestCost,
    BigDecimal salesNeededIfLost) {}
