package io.ardesk.ledger.report;

import java.math.BigDecimal;

/** A customer with overdue undisputed items: how much, how many, and the oldest's days past due. */
public record OverdueCustomer(
    String customerNo, BigDecimal overdueAmount, int overdueItems, int oldestDaysPastDue) {}
