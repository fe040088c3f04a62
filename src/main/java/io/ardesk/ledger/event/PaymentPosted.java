package io.ardesk.ledger.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment was posted and allocated.
 *
 * @param allocatedInvoiceNos invoices the payment went to
 * @param settledInvoiceNos those of them now fully paid
 * @param onAccount what is left unapplied on account
 */
public record PaymentPosted(
    String customerNo,
    String paymentNo,
    LocalDate paymentDate,
    BigDecimal amount,
    List<String> allocatedInvoiceNos,
    List<String> settledInvoiceNos,
    BigDecimal onAccount) {}
