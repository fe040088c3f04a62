package io.ardesk.ledger.document;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A dispute opened or settled, or a due date moved by an extension (kind DUE_DATE). */
@Entity
@Table(name = "invoice_change")
public class InvoiceChange {
  static final String DUE_DATE = "DUE_DATE";
  static final String DISPUTED = "DISPUTED";
  static final String DISPUTE_RESOLVED = "DISPUTE_RESOLVED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  private String kind;
  private String oldValue;
  private String newValue;
  private LocalDate newDueDate;
  private LocalDate effectiveOn;
  private String reference;
  private LocalDateTime changedAt;
  private String changedBy;

  protected InvoiceChange() {}

  InvoiceChange(Invoice invoice, String kind, String oldValue, String newValue,
      LocalDate newDueDate, LocalDate effectiveOn, String reference, LocalDateTime changedAt,
      String changedBy) {
    this.invoice = invoice;
    this.kind = kind;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.newDueDate = newDueDate;
    this.effectiveOn = effectiveOn;
    this.reference = reference;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
  }

  public String getKind() { return kind; }
  public String getOldValue() { return oldValue; }
  public String getNewValue() { return newValue; }
  public LocalDate getEffectiveOn() { return effectiveOn; }
  public String getReference() { return reference; }
  public LocalDateTime getChangedAt() { return changedAt; }
  public String getChangedBy() { return changedBy; }
}
