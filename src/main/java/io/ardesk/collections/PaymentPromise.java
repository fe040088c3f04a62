package io.ardesk.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 付款承諾: the customer promised to pay an amount in a currency by a date; payments posted meanwhile
 * count towards it, each converted into the promise's currency at its payment date's rate (docs/domain.md §9).
 */
@Entity
@Table(name = "payment_promise")
public class PaymentPromise {

  public enum Status { OPEN, KEPT, BROKEN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  private LocalDate promisedOn;
  private BigDecimal amount;
  /** The promise's currency; payments in any currency count converted into it at their payment date's rate. */
  private String currency;
  private LocalDateTime recordedAt;
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  private Status status;

  private BigDecimal paidAmount;
  private LocalDateTime checkedAt;

  protected PaymentPromise() {}

  PaymentPromise(Long caseId, LocalDate promisedOn, BigDecimal amount, String currency, String recordedBy,
      LocalDateTime at) {
    this.caseId = caseId;
    this.promisedOn = promisedOn;
    this.amount = amount;
    this.currency = currency;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
    this.status = Status.OPEN;
    this.paidAmount = BigDecimal.ZERO;
  }

  void paid(BigDecimal payment) {
    paidAmount = paidAmount.add(payment);
  }

  void settle(boolean kept, LocalDateTime at) {
    status = kept ? Status.KEPT : Status.BROKEN;
    checkedAt = at;
  }

  /** The day after which an unkept promise counts as broken. */
  public LocalDate checkOn(int graceDays) {
    return promisedOn.plusDays(graceDays);
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public LocalDate getPromisedOn() { return promisedOn; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
  public Status getStatus() { return status; }
  public BigDecimal getPaidAmount() { return paidAmount; }
  public LocalDateTime getCheckedAt() { return checkedAt; }
}
