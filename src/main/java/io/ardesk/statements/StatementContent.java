package io.ardesk.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a statement of account says, as sent (kept as JSON on the statement so a past statement never
 * changes): per currency the opening balance, the documents of the period with the running balance,
 * the closing balance and the aging at period end. {@code aging} has the buckets of the open items
 * and {@code ON_ACCOUNT} (credit not yet used, negative): they add up to the closing balance.
 */
public record StatementContent(
    String customerNo,
    String customerName,
    String contactPerson,
    String address,
    String language,
    String month,
    LocalDate from,
    LocalDate to,
    LocalDate statementDate,
    List<CurrencySection> currencies) {

  public static final String ON_ACCOUNT = "ON_ACCOUNT";

  public record CurrencySection(
      String currency,
      BigDecimal openingBalance,
      List<Line> lines,
      BigDecimal totalDebits,
      BigDecimal totalCredits,
      BigDecimal closingBalance,
      Map<String, BigDecimal> aging) {}

  /**
   * A document: invoices, charges and reversals are debits; payments, credit notes, write-offs credits.
   * {@code postedLate}: dated in an earlier statement's period but posted after that statement was made.
   */
  public record Line(
      LocalDate date,
      String type,
      String documentNo,
      String reference,
      LocalDate dueDate,
      BigDecimal debit,
      BigDecimal credit,
      BigDecimal balance,
      boolean postedLate) {}
}
