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

/**
 * A problem found by a receipt inquiry or dissatisfaction found by a satisfaction inquiry: what a
 * complaint is opened from. One per order and inquiry; {@code complaintNo} names the complaint once
 * one is opened for it.
 */
@Entity
@Table(name = "sales_order_concern")
public class OrderConcern {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private SalesOrder order;

  @Enumerated(EnumType.STRING)
  private Inquiry inquiry;

  private String category;
  private String description;
  private String raisedBy;
  private LocalDateTime raisedAt;
  private String complaintNo;

  protected OrderConcern() {}

  OrderConcern(SalesOrder order, Inquiry inquiry, String category, String description, String raisedBy,
      LocalDateTime raisedAt) {
    this.order = order;
    this.inquiry = inquiry;
    this.category = category;
    this.description = description;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
  }

  void complaintOpened(String complaintNo) {
    this.complaintNo = complaintNo;
  }

  public Long getId() { return id; }
  public SalesOrder getOrder() { return order; }
  public Inquiry getInquiry() { return inquiry; }
  public String getCategory() { return category; }
  public String getDescription() { return description; }
  public String getRaisedBy() { return raisedBy; }
  public LocalDateTime getRaisedAt() { return raisedAt; }
  public String getComplaintNo() { return complaintNo; }
}
