package io.ardesk.collections.letters;

import io.ardesk.collections.Stage;
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
 * A dunning letter as archived: its content, and its way out. Written in the same transaction as
 * the process step (one per case and stage, by a unique key) and delivered afterwards by
 * {@link LetterDelivery}; a letter for a customer without an e-mail address waits to be printed.
 */
@Entity
@Table(name = "dunning_letter")
public class DunningLetter {

  /** PENDING → SENDING → SENT, or FAILED after the last attempt; PRINT for letters that go by post. */
  public enum Delivery { PENDING, SENDING, SENT, FAILED, PRINT, PRINTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  private String customerNo;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  private String language;
  private String recipient;
  private String subject;
  private String html;
  private String contentJson;
  private BigDecimal overdueAmount;
  private BigDecimal interest;
  private String currency;
  private LocalDate letterDate;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  private int attempts;
  private String lastError;
  private LocalDateTime claimedAt;
  private LocalDateTime createdAt;
  private LocalDateTime sentAt;
  private String messageId;

  protected DunningLetter() {}

  DunningLetter(Long caseId, LetterModel model, RenderedLetter rendered, String contentJson, String recipient,
      LocalDateTime createdAt) {
    this.caseId = caseId;
    this.customerNo = model.customerNo();
    this.stage = model.stage();
    this.language = model.language();
    this.recipient = recipient;
    this.subject = rendered.subject();
    this.html = rendered.html();
    this.contentJson = contentJson;
    this.overdueAmount = model.total();
    this.interest = model.interest();
    this.currency = model.currency();
    this.letterDate = model.letterDate();
    this.delivery = recipient == null ? Delivery.PRINT : Delivery.PENDING;
    this.createdAt = createdAt;
    this.messageId = "<dunning-" + caseId + "-" + model.stage().name().toLowerCase() + "@ardesk>";
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public String getCustomerNo() { return customerNo; }
  public Stage getStage() { return stage; }
  public String getLanguage() { return language; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getHtml() { return html; }
  public String getContentJson() { return contentJson; }
  public BigDecimal getOverdueAmount() { return overdueAmount; }
  public BigDecimal getInterest() { return interest; }
  public String getCurrency() { return currency; }
  public LocalDate getLetterDate() { return letterDate; }
  public Delivery getDelivery() { return delivery; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public LocalDateTime getSentAt() { return sentAt; }
  public String getMessageId() { return messageId; }
}
