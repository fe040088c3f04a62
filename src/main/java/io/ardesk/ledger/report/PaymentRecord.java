package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 帳齡記錄表: every allocation of a customer's (not reversed) payments in any currency, counted in the
 * customer's currency at the payment date's rate, classified by how late it was
 * paid (payment date − effective due date) into the aging buckets, with the amount-weighted
 * average days late (in-terms payments count as 0 days late), and the delinquency record.
 */
public record PaymentRecord(
    String customerNo,
    String name,
    String currency,
    List<String> buckets,
    BigDecimal totalPaid,
    Map<String, BigDecimal> paidByBucket,
    BigDecimal weightedAverageDaysLate,
    Delinquency delinquency,
    List<Line> lines) {

  /**
   * One allocation: which payment paid how much of which invoice, how late. {@code amount} is in the
   * customer's currency; a payment in another currency ({@code paidCurrency}, {@code paidAmount}) is
   * converted at its payment date's {@code rate} (units of the customer's currency for one; null when
   * the same currency).
   */
  public record Line(
      String invoiceNo,
      String contractNo,
      LocalDate issueDate,
      LocalDate dueDate,
      String paymentNo,
      LocalDate paymentDate,
      BigDecimal amount,
      int daysLate,
      String bucket,
      BigDecimal paidAmount,
      String paidCurrency,
      BigDecimal rate) {}

  /**
   * 客戶拖欠記錄: invoices paid late (count, amount paid late, longest delay), what is overdue now,
   * broken promises and reversed payments recorded as risk signals.
   */
  public record Delinquency(
      int itemsPaidLate,
      BigDecimal amountPaidLate,
      int longestDelayDays,
      int itemsOverdue,
      BigDecimal amountOverdue,
      int oldestDaysPastDue,
      int brokenPromises,
      int reversedPayments) {}
}
