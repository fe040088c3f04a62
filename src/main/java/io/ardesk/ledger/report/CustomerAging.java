package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.util.Map;

/** One customer's aging line; {@code maxDaysPastDue} is its oldest item's days past due (0 if none). */
public record CustomerAging(
    String customerNo,
    String name,
    BigDecimal open,
    Map<String, BigDecimal> byBucket,
    int maxDaysPastDue,
    BigDecimal weightedAverageDaysPastDue,
    BigDecimal creditLimit) {}
