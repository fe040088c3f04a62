package io.ardesk.complaints;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An invoice a complaint names: disputed in the ledger from step 1 until released. */
@Entity
@Table(name = "complaint_invoice")
public class ComplaintInvoice extends ComplaintPart {
  /** Why a dispute ended. */
  public static final String RELEASED_SATISFIED = "CUSTOMER_SATISFIED";
  public static final String RELEASED_CREDIT_NOTE = "CREDIT_NOTE";

  private String invoiceNo;
  private LocalDateTime disputedAt;
  private LocalDateTime releasedAt;
  private String releasedBy;
  private String releaseReason;

  protected ComplaintInvoice() {}

  ComplaintInvoice(Complaint complaint, String invoiceNo) {
    super(complaint);
    this.invoiceNo = invoiceNo;
  }

  void disputed(LocalDateTime at) {
    disputedAt = at;
  }

  void released(LocalDateTime at, String by, String reason) {
    releasedAt = at;
    releasedBy = by;
    releaseReason = reason;
  }

  /** Disputed in the ledger and not yet released. */
  public boolean isDisputed() {
    return disputedAt != null && releasedAt == null;
  }

  public String getInvoiceNo() { return invoiceNo; }
  public LocalDateTime getDisputedAt() { return disputedAt; }
  public LocalDateTime getReleasedAt() { return releasedAt; }
  public String getReleasedBy() { return releasedBy; }
  public String getReleaseReason() { return releaseReason; }
}
