package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Statement of account (對帳單) for a customer and month (docs/domain.md §11): the balance at the end
 * of the month before, every document of the month with the running balance, the closing balance
 * (on-account credit included), and the aging of the open items at month end.
 */
public record Statement(
    String customerNo,
    String name,
    String currency,
    YearMonth month,
    LocalDate from,
    LocalDate to,
    BigDecimal openingBalance,
    List<Line> lines,
    BigDecimal totalDebits,
    BigDecimal totalCredits,
    BigDecimal closingBalance,
    AgingTotal aging) {

  /** A document: invoices and charges are debits; payments, credit notes, write-offs credits. */
  public record Line(
      LocalDate date,
      String type,
      String documentNo,
      String reference,
      LocalDate dueDate,
      BigDecimal debit,
      BigDecimal credit,
      BigDecimal balance) {}
}
