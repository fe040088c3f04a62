package io.ardesk.ledger.report;

import java.time.LocalDate;
import java.util.List;

/** Aging as of a date in one currency: the portfolio total and, when asked, one line per customer. */
public record AgingReport(
    LocalDate asOf, String currency, List<String> buckets, AgingTotal total,
    List<CustomerAging> customers) {}
