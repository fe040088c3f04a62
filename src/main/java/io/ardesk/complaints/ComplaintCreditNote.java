package io.ardesk.complaints;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A credit note an agreed solution posted in the ledger. */
@Entity
@Table(name = "complaint_credit_note")
public class ComplaintCreditNote extends ComplaintPart {
  private String creditNoteNo;
  private String invoiceNo;
  private BigDecimal amount;
  private LocalDateTime postedAt;
  private String postedBy;

  protected ComplaintCreditNote() {}

  ComplaintCreditNote(Complaint complaint, String creditNoteNo, String invoiceNo, BigDecimal amount,
      LocalDateTime postedAt, String postedBy) {
    super(complaint);
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
