package io.ardesk.ledger.event;

import java.math.BigDecimal;
import java.util.List;

/** A credit note was posted; it reduced the listed invoices and left {@code onAccount} unapplied. */
public record CreditNotePosted(
    String customerNo,
    String creditNoteNo,
    BigDecimal amount,
    List<String> allocatedInvoiceNos,
    List<String> settledInvoiceNos,
    BigDecimal onAccount) {}
