package io.ardesk.ledger.event;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice or a charge (kind {@code INVOICE} or {@code CHARGE}) was posted. */
public record InvoicePosted(
    String customerNo, String invoiceNo, String kind, BigDecimal amount, LocalDate dueDate) {}
