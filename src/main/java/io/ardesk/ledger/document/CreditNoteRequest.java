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

/**
 * A credit note (allowance, discount) asked for through the API above {@code ardesk.controls.credit-note-limit}:
 * it waits for a supervisor other than the requester and is posted only when approved. It keeps what was
 * counted against the limit (the customer's rolling window in the base currency) for the audit.
 */
@Entity
@Table(name = "credit_note_request")
public class CreditNoteRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String requestNo;
  private String creditNoteNo;
  private String customerNo;
  private LocalDate issueDate;
  private BigDecimal amount;
  private String currency;
  private String invoiceNo;
  private String reason;
  private String baseCurrency;
  private BigDecimal countedInBase;
  private BigDecimal creditLimit;
  private String requestedBy;
  private LocalDateTime requestedAt;

  @Enumerated(EnumType.STRING)
  private ApprovalStatus status;

  private String decidedBy;
  private LocalDateTime decidedAt;
  private String decisionReason;

  @Version private long version;

  protected CreditNoteRequest() {}

  CreditNoteRequest(String requestNo, NewCreditNote note, String currency, CreditReductions.Counted counted,
      BigDecimal limit, String requestedBy, LocalDateTime at) {
    this.requestNo = requestNo;
    this.creditNoteNo = note.creditNoteNo();
    this.customerNo = note.customerNo();
    this.issueDate = note.issueDate();
    this.amount = note.amount();
    this.currency = currency;
    this.invoiceNo = note.invoiceNo() == null || note.invoiceNo().isBlank() ? null : note.invoiceNo();
    this.reason = note.reason().trim();
    this.baseCurrency = counted.baseCurrency();
    this.countedInBase = counted.total();
    this.creditLimit = limit.setScale(2, java.math.RoundingMode.HALF_UP);
    this.requestedBy = requestedBy;
    this.requestedAt = at;
    this.status = ApprovalStatus.PENDING;
  }

  /** The credit note as it will be posted once approved. */
  NewCreditNote creditNote() {
    return new NewCreditNote(creditNoteNo, customerNo, issueDate, amount, invoiceNo, currency, reason);
  }

  void decide(ApprovalStatus outcome, String by, String why, LocalDateTime at) {
    this.status = outcome;
    this.decidedBy = by;
    this.decisionReason = why;
    this.decidedAt = at;
  }

  public String getRequestNo() { return requestNo; }
  public String getCreditNoteNo() { return creditNoteNo; }
  public String getCustomerNo() { return customerNo; }
  public LocalDate getIssueDate() { return issueDate; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public String getInvoiceNo() { return invoiceNo; }
  public String getReason() { return reason; }
  public String getBaseCurrency() { return baseCurrency; }
  public BigDecimal getCountedInBase() { return countedInBase; }
  public BigDecimal getCreditLimit() { return creditLimit; }
  public String getRequestedBy() { return requestedBy; }
  public LocalDateTime getRequestedAt() { return requestedAt; }
  public ApprovalStatus getStatus() { return status; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public String getDecisionReason() { return decisionReason; }
}
