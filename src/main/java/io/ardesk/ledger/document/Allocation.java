package io.ardesk.ledger.document;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Part of a credit document settling part of an invoice as of {@code allocatedOn} (the later of the
 * two documents' dates). A reversal adds negative rows dated on the reversal date.
 */
@Entity
@Table(name = "allocation")
public class Allocation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "credit_document_id")
  private CreditDocument creditDocument;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  private BigDecimal amount;
  private LocalDate allocatedOn;
  private LocalDateTime createdAt;

  protected Allocation() {}

  Allocation(CreditDocument creditDocument, Invoice invoice, BigDecimal amount,
      LocalDate allocatedOn, LocalDateTime createdAt) {
    this.creditDocument = creditDocument;
    this.invoice = invoice;
    this.amount = amount;
    this.allocatedOn = allocatedOn;
    this.createdAt = createdAt;
  }

  public CreditDocument getCreditDocument() { return creditDocument; }
  public Invoice getInvoice() { return invoice; }
  public BigDecimal getAmount() { return amount; }
  public LocalDate getAllocatedOn() { return allocatedOn; }
  LocalDateTime getCreatedAt() { return createdAt; }
}
