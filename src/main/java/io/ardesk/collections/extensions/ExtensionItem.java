package io.ardesk.collections.extensions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One invoice of an extension: the due date it had, the amount extended, and what was open on the new date. */
@Entity
@Table(name = "extension_item")
public class ExtensionItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  private String invoiceNo;
  private LocalDate previousDueDate;
  private BigDecimal extendedAmount;
  private BigDecimal openOnNewDate;

  protected ExtensionItem() {}

  ExtensionItem(Long requestId, String invoiceNo, LocalDate previousDueDate, BigDecimal extendedAmount) {
    this.requestId = requestId;
    this.invoiceNo = invoiceNo;
    this.previousDueDate = previousDueDate;
    this.extendedAmount = extendedAmount;
  }

  /** What is left of the extended amount (payments since the request count, amounts above it do not). */
  void openOnNewDate(BigDecimal open) {
    this.openOnNewDate = open.min(extendedAmount).max(BigDecimal.ZERO.setScale(2));
  }

  public BigDecimal paid() {
    return openOnNewDate == null ? null : extendedAmount.subtract(openOnNewDate);
  }

  public Long getRequestId() { return requestId; }
  public String getInvoiceNo() { return invoiceNo; }
  public LocalDate getPreviousDueDate() { return previousDueDate; }
  public BigDecimal getExtendedAmount() { return extendedAmount; }
  public BigDecimal getOpenOnNewDate() { return openOnNewDate; }
}
