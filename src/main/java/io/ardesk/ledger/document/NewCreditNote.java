package io.ardesk.ledger.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit note (帳務調整): reduces {@code invoiceNo} when given, else goes on account. */
public record NewCreditNote(
    String creditNoteNo,
    String customerNo,
    LocalDate issueDate,
    BigDecimal amount,
    String invoiceNo,
    String currency,
    String reason) {}
