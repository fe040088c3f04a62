package io.ardesk.ledger.event;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The open amount of an invoice left the ledger as bad debt. */
public record InvoiceWrittenOff(
    String customerNo, String invoiceNo, LocalDate date, BigDecimal amount, String reason,
    String approver) {}
