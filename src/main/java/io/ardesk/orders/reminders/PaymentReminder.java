package io.ardesk.orders.reminders;

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
 * The e-mail reminding a customer that an order's invoice falls due (提醒客戶付款期到). One per order
 * (a unique key), written with the process step and delivered after commit by
 * {@link PaymentReminderDelivery}, the same outbox discipline as dunning letters.
 */
@Entity
@Table(name = "order_payment_reminder")
public class PaymentReminder {

  /** PENDING → SENDING → SENT, or FAILED after the last attempt; NO_ADDRESS when the customer has no e-mail. */
  public enum Delivery { PENDING, SENDING, SENT, FAILED, NO_ADDRESS }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String orderNo;
  private String customerNo;
  private String invoiceNo;
  private String language;
  private String recipient;
  private String subject;
  private String body;
  private BigDecimal amount;
  private String currency;
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  private int attempts;
  private String lastError;
  private LocalDateTime claimedAt;
  private LocalDateTime createdAt;
  private LocalDateTime sentAt;
  private String messageId;

  protected PaymentReminder() {}

  PaymentReminder(String orderNo, String customerNo, String invoiceNo, String language, String recipient,
      String subject, String body, BigDecimal amount, String currency, LocalDate dueDate, LocalDateTime createdAt) {
    this.orderNo = orderNo;
    this.customerNo = customerNo;
    this.invoiceNo = invoiceNo;
    this.language = language;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.amount = amount;
    this.currency = currency;
    this.dueDate = dueDate;
    this.delivery = recipient == null ? Delivery.NO_ADDRESS : Delivery.PENDING;
    this.createdAt = createdAt;
    this.messageId = "<payment-reminder-" + orderNo.replaceAll("[^A-Za-z0-9.-]", "-") + "@ardesk>";
  }

  public Long getId() { return id; }
  public String getOrderNo() { return orderNo; }
  public String getCustomerNo() { return customerNo; }
  public String getInvoiceNo() { return invoiceNo; }
  public String getLanguage() { return language; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public LocalDate getDueDate() { return dueDate; }
  public Delivery getDelivery() { return delivery; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public LocalDateTime getSentAt() { return sentAt; }
  public String getMessageId() { return messageId; }
}
