package io.ardesk.ledger.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A payment was reversed (e.g. a bounced cheque); the listed invoices are open again. */
public record PaymentReversed(
    String customerNo,
    String paymentNo,
    LocalDate reversalDate,
    BigDecimal amount,
    List<String> reopenedInvoiceNos,
    String reason) {}
