package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An item open and past its effective due date as of a date. */
public record OverdueItem(
    String invoiceNo,
    String kind,
    LocalDate issueDate,
    LocalDate originalDueDate,
    LocalDate dueDate,
    BigDecimal amount,
    BigDecimal openAmount,
    String currency,
    int daysPastDue,
    boolean disputed) {}
