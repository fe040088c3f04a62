package io.ardesk.ledger.document;

import io.ardesk.ledger.customer.Customer;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A risk signal the ledger records itself (a bounced cheque). The credit module owns signals later. */
@Entity
@Table(name = "ledger_risk_signal")
public class RiskSignal {
  public static final String BOUNCED_CHEQUE = "BOUNCED_CHEQUE";
  public static final String PAYMENT_REVERSED = "PAYMENT_REVERSED";
  public static final String BROKEN_PROMISE = "BROKEN_PROMISE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private String code;
  private String reference;
  private LocalDate raisedOn;
  private LocalDateTime raisedAt;
  private String raisedBy;

  protected RiskSignal() {}

  RiskSignal(Customer customer, String code, String reference, LocalDate raisedOn,
      LocalDateTime raisedAt, String raisedBy) {
    this.customer = customer;
    this.code = code;
    this.reference = reference;
    this.raisedOn = raisedOn;
    this.raisedAt = raisedAt;
    this.raisedBy = raisedBy;
  }

  public String getCode() { return code; }
  public String getReference() { return reference; }
  public LocalDate getRaisedOn() { return raisedOn; }
}
