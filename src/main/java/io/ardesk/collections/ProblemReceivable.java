package io.ardesk.collections;

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

/** A problem-receivable flag on a customer: active until cleared, kept afterwards as history. */
@Entity
@Table(name = "problem_receivable")
public class ProblemReceivable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String customerNo;

  @Enumerated(EnumType.STRING)
  private ProblemKind kind;

  private BigDecimal amount;
  private String currency;
  private LocalDate flaggedOn;
  private LocalDateTime flaggedAt;
  private String flaggedBy;
  private String reason;
  private LocalDateTime clearedAt;
  private String clearedBy;
  private String clearReason;
  /** The supervisor's last support while the customer had no open case (a case keeps it in its history). */
  private LocalDateTime supportedAt;
  private String supportedBy;
  private String supportNote;

  protected ProblemReceivable() {}

  ProblemReceivable(String customerNo, ProblemKind kind, BigDecimal amount, String currency, LocalDateTime at,
      String by, String reason) {
    this.customerNo = customerNo;
    this.kind = kind;
    this.amount = amount;
    this.currency = currency;
    this.flaggedOn = at.toLocalDate();
    this.flaggedAt = at;
    this.flaggedBy = by;
    this.reason = reason;
  }

  void amount(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  void clear(LocalDateTime at, String by, String why) {
    this.clearedAt = at;
    this.clearedBy = by;
    this.clearReason = why;
  }

  void supported(LocalDateTime at, String by, String note) {
    this.supportedAt = at;
    this.supportedBy = by;
    this.supportNote = note;
  }

  public boolean isActive() { return clearedAt == null; }
  public LocalDateTime getSupportedAt() { return supportedAt; }
  public String getSupportedBy() { return supportedBy; }
  public String getSupportNote() { return supportNote; }
  public Long getId() { return id; }
  public String getCustomerNo() { return customerNo; }
  public ProblemKind getKind() { return kind; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public LocalDate getFlaggedOn() { return flaggedOn; }
  public LocalDateTime getFlaggedAt() { return flaggedAt; }
  public String getFlaggedBy() { return flaggedBy; }
  public String getReason() { return reason; }
  public LocalDateTime getClearedAt() { return clearedAt; }
  public String getClearedBy() { return clearedBy; }
  public String getClearReason() { return clearReason; }
}
