package io.ardesk.orders;

import jakarta.persistence.Column;
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
import java.util.Arrays;
import java.util.List;

/**
 * A customer's order on its way from the credit decision to the payment of its invoice (docs/domain.md §7).
 * The credit facts it was decided on are kept with it; changes go through {@link OrderService},
 * which writes the history.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_no", nullable = false, updatable = false)
  private String orderNo;

  private String customerNo;
  private LocalDate orderDate;
  private BigDecimal amount;
  private String currency;
  private LocalDate requestedShipDate;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  @Enumerated(EnumType.STRING)
  private CreditOutcome decision;

  private boolean supervisorRequired;
  /** Exposure before this order (ledger + approved orders not invoiced) when last decided. */
  private BigDecimal exposure;
  private BigDecimal creditLimit;
  private BigDecimal availableCredit;
  /** The reasons of the last decision, one a line. */
  private String reasons;

  private String invoiceNo;
  private LocalDate shipDate;
  private BigDecimal invoicedAmount;
  private LocalDate dueDate;
  private LocalDate paidOn;

  private LocalDateTime createdAt;
  private String createdBy;

  @Version private long version;

  protected SalesOrder() {}

  SalesOrder(NewOrder order, String currency, LocalDateTime createdAt, String createdBy) {
    this.orderNo = order.orderNo().strip();
    this.customerNo = order.customerNo().strip();
    this.orderDate = order.orderDate();
    this.amount = order.amount();
    this.currency = currency;
    this.requestedShipDate = order.requestedShipDate();
    this.status = OrderStatus.RECEIVED;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void decided(CreditFacts facts, CreditOutcome outcome, boolean supervisorRequired, List<String> reasons) {
    this.decision = outcome;
    this.supervisorRequired = supervisorRequired;
    this.exposure = facts.exposure();
    this.creditLimit = facts.creditLimit();
    this.availableCredit = facts.availableCredit();
    this.reasons = String.join("\n", reasons);
    this.status = outcome.status();
  }

  void moveTo(OrderStatus status) {
    this.status = status;
  }

  void shipped(Shipment shipment, LocalDate dueDate) {
    this.invoiceNo = shipment.invoiceNo();
    this.shipDate = shipment.shipDate();
    this.invoicedAmount = shipment.amount();
    this.dueDate = dueDate;
    this.status = OrderStatus.INVOICED;
  }

  void dueDateMoved(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  void paid(LocalDate on) {
    this.paidOn = on;
    this.status = OrderStatus.PAID;
  }

  public List<String> reasonList() {
    return reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
  }

  /** What the order puts on the customer's account: the invoice once shipped, else the order amount. */
  public BigDecimal exposureAmount() {
    return invoicedAmount != null ? invoicedAmount : amount;
  }

  public Long getId() { return id; }
  public String getOrderNo() { return orderNo; }
  public String getCustomerNo() { return customerNo; }
  public LocalDate getOrderDate() { return orderDate; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public LocalDate getRequestedShipDate() { return requestedShipDate; }
  public OrderStatus getStatus() { return status; }
  public CreditOutcome getDecision() { return decision; }
  public boolean isSupervisorRequired() { return supervisorRequired; }
  public BigDecimal getExposure() { return exposure; }
  public BigDecimal getCreditLimit() { return creditLimit; }
  public BigDecimal getAvailableCredit() { return availableCredit; }
  public String getInvoiceNo() { return invoiceNo; }
  public LocalDate getShipDate() { return shipDate; }
  public BigDecimal getInvoicedAmount() { return invoicedAmount; }
  public LocalDate getDueDate() { return dueDate; }
  public LocalDate getPaidOn() { return paidOn; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
}
