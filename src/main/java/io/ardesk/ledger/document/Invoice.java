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

/**
 * An invoice or charge. Number, customer, dates and amount never change; {@code openAmount},
 * {@code settledOn} and {@code lastAllocatedOn} follow the allocation rows, {@code effectiveDueDate}
 * follows extensions (the original {@code dueDate} stays), {@code disputed} follows disputes.
 */
@Entity
@Table(name = "invoice")
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String invoiceNo;

  @Enumerated(EnumType.STRING)
  private InvoiceKind kind;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private String contractNo;
  private LocalDate issueDate;
  private LocalDate dueDate;
  private LocalDate effectiveDueDate;
  private boolean extended;
  private BigDecimal amount;
  private String currency;
  private String description;
  private BigDecimal openAmount;
  /** The date from which the invoice is fully settled (null while open). */
  private LocalDate settledOn;
  private LocalDate lastAllocatedOn;
  private boolean disputed;
  private String disputeReference;
  /** The day through which penalty interest has been charged on the invoice (docs/domain.md §8); null: none yet. */
  private LocalDate interestChargedThrough;
  private LocalDateTime createdAt;
  private String createdBy;

  @Version private long version;

  protected Invoice() {}

  Invoice(String invoiceNo, InvoiceKind kind, Customer customer, String contractNo,
      LocalDate issueDate, LocalDate dueDate, BigDecimal amount, String currency,
      String description, LocalDateTime createdAt, String createdBy) {
    this.invoiceNo = invoiceNo;
    this.kind = kind;
    this.customer = customer;
    this.contractNo = contractNo;
    this.issueDate = issueDate;
    this.dueDate = dueDate;
    this.effectiveDueDate = dueDate;
    this.amount = amount;
    this.currency = currency;
    this.description = description;
    this.openAmount = amount;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** Applies up to {@code available} as of {@code on}; returns what was applied. */
  BigDecimal settle(BigDecimal available, LocalDate on) {
    BigDecimal applied = available.min(openAmount);
    if (applied.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    openAmount = openAmount.subtract(applied);
    lastAllocatedOn = lastAllocatedOn == null || on.isAfter(lastAllocatedOn) ? on : lastAllocatedOn;
    if (openAmount.signum() == 0) {
      settledOn = lastAllocatedOn;
    }
    return applied;
  }

  /** Opens {@code amount} again as of {@code on} (a reversed payment). */
  void reopen(BigDecimal amount, LocalDate on) {
    openAmount = openAmount.add(amount);
    lastAllocatedOn = lastAllocatedOn == null || on.isAfter(lastAllocatedOn) ? on : lastAllocatedOn;
    settledOn = null;
  }

  void dispute(String reference) {
    disputed = true;
    disputeReference = reference;
  }

  void clearDispute() {
    disputed = false;
  }

  /** Interest charged through {@code day}; an earlier day than the one already charged changes nothing. */
  boolean interestChargedThrough(LocalDate day) {
    if (interestChargedThrough != null && !day.isAfter(interestChargedThrough)) {
      return false;
    }
    interestChargedThrough = day;
    return true;
  }

  void extendTo(LocalDate newDueDate) {
    effectiveDueDate = newDueDate;
    extended = true;
  }

  public boolean isOpen() { return openAmount.signum() > 0; }
  public Long getId() { return id; }
  public String getInvoiceNo() { return invoiceNo; }
  public InvoiceKind getKind() { return kind; }
  public Customer getCustomer() { return customer; }
  public String getContractNo() { return contractNo; }
  public LocalDate getIssueDate() { return issueDate; }
  public LocalDate getDueDate() { return dueDate; }
  public LocalDate getEffectiveDueDate() { return effectiveDueDate; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public String getDescription() { return description; }
  public BigDecimal getOpenAmount() { return openAmount; }
  public LocalDate getSettledOn() { return settledOn; }
  public boolean isDisputed() { return disputed; }
  public String getDisputeReference() { return disputeReference; }
  public LocalDate getInterestChargedThrough() { return interestChargedThrough; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  boolean isExtended() { return extended; }
  LocalDate getLastAllocatedOn() { return lastAllocatedOn; }
  long getVersion() { return version; }
  String getCreatedBy() { return createdBy; }
}
