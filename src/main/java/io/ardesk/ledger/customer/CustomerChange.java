package io.ardesk.ledger.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change of a field of a customer: who, when, old, new, why (and who approved it). Never changed afterwards. */
@Entity
@Table(name = "customer_change")
public class CustomerChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private String field;
  private String oldValue;
  private String newValue;
  private LocalDateTime changedAt;
  private String changedBy;
  private String reason;
  /** The supervisor who approved a change that loosens credit (four eyes); null when none was needed. */
  private String approvedBy;
  /** The credit change request the change came from, when it waited for approval. */
  private String requestNo;

  protected CustomerChange() {}

  CustomerChange(Customer customer, String field, String oldValue, String newValue,
      LocalDateTime changedAt, String changedBy, String reason) {
    this.customer = customer;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.reason = reason;
  }

  CustomerChange(Customer customer, String field, String oldValue, String newValue,
      LocalDateTime changedAt, String changedBy, String reason, String approvedBy, String requestNo) {
    this(customer, field, oldValue, newValue, changedAt, changedBy, reason);
    this.approvedBy = approvedBy;
    this.requestNo = requestNo;
  }

  Customer getCustomer() { return customer; }
  public String getField() { return field; }
  public String getOldValue() { return oldValue; }
  public String getNewValue() { return newValue; }
  public LocalDateTime getChangedAt() { return changedAt; }
  public String getChangedBy() { return changedBy; }
  public String getReason() { return reason; }
  public String getApprovedBy() { return approvedBy; }
  public String getRequestNo() { return requestNo; }
}
