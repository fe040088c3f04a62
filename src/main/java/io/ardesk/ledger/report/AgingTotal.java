package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Open amount by bucket, with the amount-weighted average days past due over overdue items and
 * the amount-weighted average days outstanding over all open items.
 */
public record AgingTotal(
    BigDecimal open,
    Map<String, BigDecimal> byBucket,
    BigDecimal weightedAverageDaysPastDue,
    BigDecimal weightedAverageDaysOutstanding) {}
