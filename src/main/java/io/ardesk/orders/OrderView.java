package io.ardesk.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An order as people and the API read it: where it stands, why, and what happened to it. */
public record OrderView(
    String orderNo,
    String customerNo,
    String customerName,
    LocalDate orderDate,
    BigDecimal amount,
    String currency,
    LocalDate requestedShipDate,
    OrderStatus status,
    CreditOutcome decision,
    boolean supervisorRequired,
    BigDecimal exposure,
    BigDecimal creditLimit,
    BigDecimal availableCredit,
    List<String> reasons,
    String invoiceNo,
    LocalDate shipDate,
    BigDecimal invoicedAmount,
    LocalDate dueDate,
    LocalDate paidOn,
    List<Concern> concerns,
    List<Event> history) {

  public record Event(LocalDateTime at, OrderEvent.Kind kind, OrderStatus status, String note, String actor) {}

  public record Concern(Inquiry inquiry, String category, String description, String raisedBy,
      LocalDateTime raisedAt, String complaintNo) {}

  /** How far the exposure with this order goes over the limit, in percent (0 when within it). */
  public BigDecimal percentOverLimit() {
    if (exposure == null || creditLimit == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal over = exposure.add(amount).subtract(creditLimit);
    if (over.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return creditLimit.signum() == 0 ? null
        : over.multiply(BigDecimal.valueOf(100)).divide(creditLimit, 1, java.math.RoundingMode.HALF_UP);
  }
}
