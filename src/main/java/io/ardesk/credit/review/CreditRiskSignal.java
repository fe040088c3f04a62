package io.ardesk.credit.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A risk signal reported on a customer, and the review it started or joined. */
@Entity
@Table(name = "credit_risk_signal")
public class CreditRiskSignal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String customerNo;

  @Enumerated(EnumType.STRING)
  private RiskSignalCode code;

  private String note;
  private String reportedBy;
  private Instant reportedAt;
  private Long reviewId;

  protected CreditRiskSignal() {}

  CreditRiskSignal(String customerNo, RiskSignalCode code, String note, String reportedBy, Instant reportedAt) {
    this.customerNo = customerNo;
    this.code = code;
    this.note = note;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  void reviewedIn(Long reviewId) {
    this.reviewId = reviewId;
  }

  public Long id() {
    return id;
  }

  public String customerNo() {
    return customerNo;
  }

  public RiskSignalCode code() {
    return code;
  }

  public String note() {
    return note;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public Long reviewId() {
    return reviewId;
  }
}
