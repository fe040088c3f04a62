package io.ardesk.ledger.document;

import io.ardesk.ledger.customer.Customer;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A payment, credit note, write-off or reversal. Its content never changes; {@code unappliedAmount}
 * is what is still on account (unapplied credit) and follows the allocation rows.
 */
@Entity
@Table(name = "credit_document")
public class CreditDocument {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String documentNo;

  @Enumerated(EnumType.STRING)
  private CreditKind kind;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private LocalDate documentDate;
  private BigDecimal amount;
  private String currency;

  @Enumerated(EnumType.STRING)
  private PaymentMethod method;

  /** The invoice numbers the document names, separated by {@code ;}. */
  private String invoiceRefs;

  private String reason;
  private String approver;
  /** What approved the document: a request number (CNR-…, WOR-…), a complaint, an offer, an extension. */
  private String approvalRef;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reverses_id")
  private CreditDocument reverses;

  private BigDecimal unappliedAmount;
  private LocalDateTime createdAt;
  private String createdBy;

  @Version private long version;

  protected CreditDocument() {}

  CreditDocument(String documentNo, CreditKind kind, Customer customer, LocalDate documentDate,
      BigDecimal amount, String currency, LocalDateTime createdAt, String createdBy) {
    this.documentNo = documentNo;
    this.kind = kind;
    this.customer = customer;
    this.documentDate = documentDate;
    this.amount = amount;
    this.currency = currency;
    this.unappliedAmount = amount;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  CreditDocument withDetails(PaymentMethod method, List<String> invoiceNos, String reason,
      String approver, CreditDocument reverses) {
    this.method = method;
    this.invoiceRefs = invoiceNos == null || invoiceNos.isEmpty() ? null : String.join(";", invoiceNos);
    this.reason = reason;
    this.approver = approver;
    this.reverses = reverses;
    return this;
  }

  /** The second person and the approval this document carries (kept as they are where null). */
  CreditDocument approvedAs(String approver, String approvalRef) {
    if (approver != null) {
      this.approver = approver;
    }
    if (approvalRef != null) {
      this.approvalRef = approvalRef;
    }
    return this;
  }

  void use(BigDecimal applied) {
    unappliedAmount = unappliedAmount.subtract(applied);
  }

  /** A reversed payment leaves nothing on account. */
  void cancelUnapplied() {
    unappliedAmount = unappliedAmount.subtract(unappliedAmount);
  }

  public List<String> invoiceNos() {
    return invoiceRefs == null ? List.of() : Arrays.asList(invoiceRefs.split(";"));
  }

  public Long getId() { return id; }
  public String getDocumentNo() { return documentNo; }
  public CreditKind getKind() { return kind; }
  public Customer getCustomer() { return customer; }
  public LocalDate getDocumentDate() { return documentDate; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public PaymentMethod getMethod() { return method; }
  public String getReason() { return reason; }
  public String getApprover() { return approver; }
  public String getApprovalRef() { return approvalRef; }
  public CreditDocument getReverses() { return reverses; }
  public BigDecimal getUnappliedAmount() { return unappliedAmount; }
  String getInvoiceRefs() { return invoiceRefs; }
  LocalDateTime getCreatedAt() { return createdAt; }
  String getCreatedBy() { return createdBy; }
}
