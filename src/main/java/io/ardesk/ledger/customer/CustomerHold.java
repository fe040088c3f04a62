package io.ardesk.ledger.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A stop supply with its cause (e.g. {@code OVERDUE_30}, {@code CREDIT_REVIEW}) and reference. */
@Entity
@Table(name = "customer_hold")
public class CustomerHold {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private String cause;
  private String reference;
  private LocalDateTime placedAt;
  private String placedBy;
  private String placeReason;
  private LocalDateTime liftedAt;
  private String liftedBy;
  private String liftReason;

  protected CustomerHold() {}

  CustomerHold(Customer customer, String cause, String reference, LocalDateTime placedAt,
      String placedBy, String placeReason) {
    this.customer = customer;
    this.cause = cause;
    this.reference = reference;
    this.placedAt = placedAt;
    this.placedBy = placedBy;
    this.placeReason = placeReason;
  }

  void lift(LocalDateTime at, String by, String reason) {
    this.liftedAt = at;
    this.liftedBy = by;
    this.liftReason = reason;
  }

  public boolean isActive() { return liftedAt == null; }
  public String getCause() { return cause; }
  public String getReference() { return reference; }
  public LocalDateTime getPlacedAt() { return placedAt; }
  public String getPlacedBy() { return placedBy; }
  public String getPlaceReason() { return placeReason; }
  public LocalDateTime getLiftedAt() { return liftedAt; }
  public String getLiftedBy() { return liftedBy; }
  public String getLiftReason() { return liftReason; }
}
