package io.ardesk.complaints;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A credit note an agreed solution posted in the ledger. */
@Entity
@Table(name = "complaint_credit_note")
public class ComplaintCreditNote {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id")
  private Complaint complaint;

  private String creditNoteNo;
  private String invoiceNo;
  private BigDecimal amount;
  private LocalDateTime postedAt;
  private String postedBy;

  protected ComplaintCreditNote() {}

  ComplaintCreditNote(Complaint complaint, String creditNoteNo, String invoiceNo, BigDecimal amount,
      LocalDateTime postedAt, String postedBy) {
    this.complaint = complaint;
    this.creditNoteNo = creditNoteNo;
    this.invoiceNo = invoiceNo;
    this.amount = amount;
    this.postedAt = postedAt;
    this.postedBy = postedBy;
  }

  public String getCreditNoteNo() { return creditNoteNo; }
  public String getInvoiceNo() { return invoiceNo; }
  public BigDecimal getAmount() { return amount; }
  public LocalDateTime getPostedAt() { return postedAt; }
  public String getPostedBy() { return postedBy; }
}
