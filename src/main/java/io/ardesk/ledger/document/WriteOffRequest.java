package io.ardesk.ledger.document;

import io.ardesk.ledger.ApprovalStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A write-off asked for through the API, waiting for a supervisor other than the requester. */
@Entity
@Table(name = "write_off_request")
public class WriteOffRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String requestNo;
  private String invoiceNo;
  private String customerNo;
  private BigDecimal openAmount;
  private String currency;
  private LocalDate writeOffDate;
  private String reason;
  private String requestedBy;
  private LocalDateTime requestedAt;

  @Enumerated(EnumType.STRING)
  private ApprovalStatus status;

  private String decidedBy;
  private LocalDateTime decidedAt;
  private String decisionReason;
  private String writeOffNo;

  @Version private long version;

  protected WriteOffRequest() {}

  WriteOffRequest(String requestNo, Invoice invoice, LocalDate writeOffDate, String reason, String requestedBy,
      LocalDateTime at) {
    this.requestNo = requestNo;
    this.invoiceNo = invoice.getInvoiceNo();
    this.customerNo = invoice.getCustomer().getCustomerNo();
    this.openAmount = invoice.getOpenAmount();
    this.currency = invoice.getCurrency();
    this.writeOffDate = writeOffDate;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
    this.status = ApprovalStatus.PENDING;
  }

  void decide(ApprovalStatus outcome, String by, String why, String writeOffNo, LocalDateTime at) {
    this.status = outcome;
    this.decidedBy = by;
    this.decisionReason = why;
    this.writeOffNo = writeOffNo;
    this.decidedAt = at;
  }

  public String getRequestNo() { return requestNo; }
  public String getInvoiceNo() { return invoiceNo; }
  public String getCustomerNo() { return customerNo; }
  public BigDecimal getOpenAmount() { return openAmount; }
  public String getCurrency() { return currency; }
  public LocalDate getWriteOffDate() { return writeOffDate; }
  public String getReason() { return reason; }
  public String getRequestedBy() { return requestedBy; }
  public LocalDateTime getRequestedAt() { return requestedAt; }
  public ApprovalStatus getStatus() { return status; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public String getDecisionReason() { return decisionReason; }
  public String getWriteOffNo() { return writeOffNo; }
}
