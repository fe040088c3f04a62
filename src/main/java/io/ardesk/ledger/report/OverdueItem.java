package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item open and past its effective due date as of a date, in its own currency, and its open
 * amount converted into the customer's currency ({@code customerOpenAmount}, the figure the case,
 * exposure and totals count; equal to {@code openAmount} for an item in the customer's currency).
 */
public record OverdueItem(
    String invoiceNo,
    String kind,
    LocalDate issueDate,
    LocalDate originalDueDate,
    LocalDate dueDate,
    BigDecimal amount,
    BigDecimal openAmount,
    String currency,
    int daysPastDue,
    boolean disputed,
    String customerCurrency,
    BigDecimal customerOpenAmount) {

  OverdueItem inCustomerCurrency(String currency, BigDecimal amount) {
    return new OverdueItem(invoiceNo, kind, issueDate, originalDueDate, dueDate, this.amount, openAmount,
        this.currency, daysPastDue, disputed, currency, amount);
  }
}
