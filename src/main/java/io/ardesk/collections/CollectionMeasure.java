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

/** A collector's request for an auxiliary measure, the supervisor's decision, its charge and the letter that shows it. */
@Entity
@Table(name = "collection_measure")
public class CollectionMeasure {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private LocalDateTime requestedAt;
  private String requestedBy;
  private String requestNote;
  @Enumerated(EnumType.STRING)
  private MeasureDecision decision;
  private LocalDateTime decidedAt;
  private String decidedBy;
  private String reason;
  private BigDecimal amount;
  private String currency;
  private BigDecimal discountPercent;
  private LocalDate payBy;
  private String chargeNo;
  @Enumerated(EnumType.STRING)
  private Stage letterStage;
  /** A cash discount offer: the payment that earned it, when it was granted and when it was reversed. */
  private String discountPaymentNo;
  private LocalDate discountGrantedOn;
  private LocalDate discountReversedOn;

  protected CollectionMeasure() {}

  CollectionMeasure(Long caseId, LocalDateTime at, String by, String note) {
    this.caseId = caseId;
    this.requestedAt = at;
    this.requestedBy = by;
    this.requestNote = note;
  }

  void decide(MeasureDecision decision, BigDecimal amount, String currency, BigDecimal discountPercent,
      LocalDate payBy, String reason, LocalDateTime at, String by) {
    this.decision = decision;
    this.amount = amount;
    this.currency = currency;
    this.discountPercent = discountPercent;
    this.payBy = payBy;
    this.reason = reason;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  void charged(String chargeNo) { this.chargeNo = chargeNo; }

  void shownIn(Stage stage) { this.letterStage = stage; }

  void discountEarned(String paymentNo, LocalDate on) {
    this.discountPaymentNo = paymentNo;
    this.discountGrantedOn = on;
  }

  void discountReversed(LocalDate on) { this.discountReversedOn = on; }

  public boolean isDecided() { return decision != null; }
  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public LocalDateTime getRequestedAt() { return requestedAt; }
  public String getRequestedBy() { return requestedBy; }
  public String getRequestNote() { return requestNote; }
  public MeasureDecision getDecision() { return decision; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public String getDecidedBy() { return decidedBy; }
  public String getReason() { return reason; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public BigDecimal getDiscountPercent() { return discountPercent; }
  public LocalDate getPayBy() { return payBy; }
  public String getChargeNo() { return chargeNo; }
  public Stage getLetterStage() { return letterStage; }
  public String getDiscountPaymentNo() { return discountPaymentNo; }
  public LocalDate getDiscountGrantedOn() { return discountGrantedOn; }
  public LocalDate getDiscountReversedOn() { return discountReversedOn; }
}
