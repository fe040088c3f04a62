package io.ardesk.ledger.document;

import io.ardesk.ledger.Amount;
import io.ardesk.ledger.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice to post; due date defaults to issue date + the customer's payment terms. */
public record NewInvoice(
    @Size(max = Limits.DOCUMENT_NO) String invoiceNo,
    @Size(max = Limits.CUSTOMER_NO) String customerNo,
    LocalDate issueDate,
    @Amount BigDecimal amount,
    LocalDate dueDate,
    @Size(max = Limits.CURRENCY) String currency,
    @Size(max = Limits.DOCUMENT_NO) String contractNo) {}
