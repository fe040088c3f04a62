package io.ardesk.ledger.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice to post; due date defaults to issue date + the customer's payment terms. */
public record NewInvoice(
    String invoiceNo,
    String customerNo,
    LocalDate issueDate,
    BigDecimal amount,
    LocalDate dueDate,
    String currency,
    String contractNo) {}
