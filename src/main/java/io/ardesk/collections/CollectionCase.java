package io.ardesk.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A customer's collection case (事後控制): open while the customer has overdue, undisputed items.
 * Its stage only climbs; it remembers what the last evaluation found.
 */
@Entity
@Table(name = "collection_case")
public class CollectionCase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_no", nullable = false, updatable = false)
  private String customerNo;

  @Column(name = "open_customer_no")
  private String openCustomerNo;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  private LocalDate stageSince;
  private BigDecimal overdueAmount = BigDecimal.ZERO;
  private int overdueItems;
  private int oldestDaysPastDue;
  private String currency;
  private boolean holdPlaced;
  private LocalDate openedOn;
  private LocalDateTime openedAt;
  private LocalDateTime closedAt;
  private LocalDateTime lastEvaluatedAt;
  private LocalDate lastRunDate;

  protected CollectionCase() {}

  CollectionCase(String customerNo, LocalDateTime now) {
    this.customerNo = customerNo;
    this.openCustomerNo = customerNo;
    this.status = CaseStatus.OPEN;
    this.openedOn = now.toLocalDate();
    this.openedAt = now;
  }

  /** Climbs to {@code reached} if it is later than the current stage; true if the stage changed. */
  boolean climbTo(Stage reached, LocalDate on) {
    Stage next = stage == null ? reached : stage.later(reached);
    if (next == stage) {
      return false;
    }
    stage = next;
    stageSince = on;
    return true;
  }

  void remember(BigDecimal overdue, int items, int oldestDays, String currency, LocalDateTime at) {
    this.overdueAmount = overdue;
    this.overdueItems = items;
    this.oldestDaysPastDue = oldestDays;
    this.currency = currency;
    this.lastEvaluatedAt = at;
  }

  void holdPlaced(boolean placed) {
    this.holdPlaced = placed;
  }

  void evaluatedByRun(LocalDate runDate) {
    this.lastRunDate = runDate;
  }

  void close(LocalDateTime at) {
    status = CaseStatus.CLOSED;
    openCustomerNo = null;
    closedAt = at;
  }

  /** The reference under which the case's stop supply is recorded on the customer. */
  public String reference() {
    return "collection-case-" + id;
  }

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  public Long getId() { return id; }
  public String getCustomerNo() { return customerNo; }
  public CaseStatus getStatus() { return status; }
  public Stage getStage() { return stage; }
  public LocalDate getStageSince() { return stageSince; }
  public BigDecimal getOverdueAmount() { return overdueAmount; }
  public int getOverdueItems() { return overdueItems; }
  public int getOldestDaysPastDue() { return oldestDaysPastDue; }
  public String getCurrency() { return currency; }
  public boolean isHoldPlaced() { return holdPlaced; }
  public LocalDate getOpenedOn() { return openedOn; }
  public LocalDateTime getOpenedAt() { return openedAt; }
  public LocalDateTime getClosedAt() { return closedAt; }
  public LocalDateTime getLastEvaluatedAt() { return lastEvaluatedAt; }
  public LocalDate getLastRunDate() { return lastRunDate; }
}
