package io.ardesk.ledger.document;

import io.ardesk.ledger.Amount;
import io.ardesk.ledger.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A charge (debit note) such as penalty interest or a penalty, with its own due date. */
public record NewCharge(
    @Size(max = Limits.DOCUMENT_NO) String chargeNo,
    @Size(max = Limits.CUSTOMER_NO) String customerNo,
    LocalDate issueDate,
    LocalDate dueDate,
    @Amount BigDecimal amount,
    @Size(max = Limits.CURRENCY) String currency,
    @Size(max = Limits.REASON) String description) {}
