package io.ardesk.ledger.document;

import io.ardesk.ledger.Amount;
import io.ardesk.ledger.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit note (帳務調整): reduces {@code invoiceNo} when given, else goes on account. */
public record NewCreditNote(
    @Size(max = Limits.CREDIT_DOCUMENT_NO) String creditNoteNo,
    @Size(max = Limits.CUSTOMER_NO) String customerNo,
    LocalDate issueDate,
    @Amount BigDecimal amount,
    @Size(max = Limits.DOCUMENT_NO) String invoiceNo,
    @Size(max = Limits.CURRENCY) String currency,
    @Size(max = Limits.REASON) String reason) {}
