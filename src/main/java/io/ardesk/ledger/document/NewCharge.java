package io.ardesk.ledger.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A charge (debit note) such as penalty interest or a penalty, with its own due date. */
public record NewCharge(
    String chargeNo,
    String customerNo,
    LocalDate issueDate,
    LocalDate dueDate,
    BigDecimal amount,
    String currency,
    String description) {}
