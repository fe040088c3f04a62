package io.ardesk.orders;

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
import java.time.LocalDateTime;

/** One line of an order's history: what happened, the status it left, who and when. */
@Entity
@Table(name = "sales_order_event")
public class OrderEvent {

  /** What happened to the order. */
  public enum Kind {
    RECEIVED, CREDIT_DECIDED, CREDIT_REVIEWED, SUPERVISOR_REVIEWED, CANCELLED, SHIPPED, RECEIPT_CONFIRMED,
    RECEIPT_PROBLEM, CUSTOMER_SATISFIED, CUSTOMER_DISSATISFIED, REMINDER_WRITTEN, COLLECTION_CALL,
    HANDED_TO_COLLECTIONS, PAID, SUPPLY_STOPPED, SUPPLY_RESUMED, PREPAYMENT_RECEIVED, HOLD_REVIEWED, DUE_DATE_MOVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private SalesOrder order;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  private String note;
  private String actor;
  private LocalDateTime occurredAt;

  protected OrderEvent() {}

  OrderEvent(SalesOrder order, Kind kind, String note, String actor, LocalDateTime occurredAt) {
    this.order = order;
    this.kind = kind;
    this.status = order.getStatus();
    this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 1999) + "…";
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  public Long getId() { return id; }
  public Kind getKind() { return kind; }
  public OrderStatus getStatus() { return status; }
  public String getNote() { return note; }
  public String getActor() { return actor; }
  public LocalDateTime getOccurredAt() { return occurredAt; }
}
