package io.ardesk.ledger.customer;

import io.ardesk.ledger.ApprovalStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A change of limit, grade, settlement method or standing that loosens a customer's credit, waiting
 * for a supervisor other than the requester. Only the loosening fields are here (null: not asked);
 * the old values are those of the moment of the request, for the approver to see.
 */
@Entity
@Table(name = "credit_change_request")
public class CreditChangeRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String requestNo;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private BigDecimal oldCreditLimit;
  private BigDecimal newCreditLimit;
  private String oldGrade;
  private String newGrade;

  @Enumerated(EnumType.STRING)
  private SettlementMethod oldSettlementMethod;

  @Enumerated(EnumType.STRING)
  private SettlementMethod newSettlementMethod;

  @Enumerated(EnumType.STRING)
  private CustomerStatus oldStanding;

  @Enumerated(EnumType.STRING)
  private CustomerStatus newStanding;

  private String reason;
  private String requestedBy;
  private LocalDateTime requestedAt;

  @Enumerated(EnumType.STRING)
  private ApprovalStatus status;

  private String decidedBy;
  private LocalDateTime decidedAt;
  private String decisionReason;

  @Version private long version;

  protected CreditChangeRequest() {}

  CreditChangeRequest(String requestNo, Customer customer, String reason, String requestedBy, LocalDateTime at) {
    this.requestNo = requestNo;
    this.customer = customer;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
    this.status = ApprovalStatus.PENDING;
  }

  void creditLimit(BigDecimal from, BigDecimal to) {
    oldCreditLimit = from;
    newCreditLimit = to;
  }

  void grade(String from, String to) {
    oldGrade = from;
    newGrade = to;
  }

  void settlementMethod(SettlementMethod from, SettlementMethod to) {
    oldSettlementMethod = from;
    newSettlementMethod = to;
  }

  void standing(CustomerStatus from, CustomerStatus to) {
    oldStanding = from;
    newStanding = to;
  }

  boolean isEmpty() {
    return newCreditLimit == null && newGrade == null && newSettlementMethod == null && newStanding == null;
  }

  void decide(ApprovalStatus outcome, String by, String why, LocalDateTime at) {
    status = outcome;
    decidedBy = by;
    decisionReason = why;
    decidedAt = at;
  }

  /** "creditLimit: 10000.00 → 50000.00", one line per field asked. */
  public List<String> changes() {
    var lines = new ArrayList<String>();
    if (newCreditLimit != null) lines.add("creditLimit: " + oldCreditLimit + " → " + newCreditLimit);
    if (newGrade != null) lines.add("grade: " + (oldGrade == null ? "none" : oldGrade) + " → " + newGrade);
    if (newSettlementMethod != null) lines.add("settlementMethod: " + oldSettlementMethod + " → " + newSettlementMethod);
    if (newStanding != null) lines.add("status: " + oldStanding + " → " + newStanding);
    return lines;
  }

  public Long getId() { return id; }
  public String getRequestNo() { return requestNo; }
  public Customer getCustomer() { return customer; }
  public String getCustomerNo() { return customer.getCustomerNo(); }
  public BigDecimal getOldCreditLimit() { return oldCreditLimit; }
  public BigDecimal getNewCreditLimit() { return newCreditLimit; }
  public String getOldGrade() { return oldGrade; }
  public String getNewGrade() { return newGrade; }
  public SettlementMethod getOldSettlementMethod() { return oldSettlementMethod; }
  public SettlementMethod getNewSettlementMethod() { return newSettlementMethod; }
  public CustomerStatus getOldStanding() { return oldStanding; }
  public CustomerStatus getNewStanding() { return newStanding; }
  public String getReason() { return reason; }
  public String getRequestedBy() { return requestedBy; }
  public LocalDateTime getRequestedAt() { return requestedAt; }
  public ApprovalStatus getStatus() { return status; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public String getDecisionReason() { return decisionReason; }
}
