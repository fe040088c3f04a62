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
 * A letter to a customer as archived: its content, and its way out. Written in the same transaction
 * as the process step and delivered afterwards by {@link LetterDelivery}; a letter for a customer
 * without an e-mail address waits to be printed. Dunning letters are one per case and stage; other
 * letters (an extension's answer or outcome) belong to no stage. Every letter is unique by its
 * Message-ID, which is made of its key.
 */
@Entity
@Table(name = "dunning_letter")
public class DunningLetter {

  /** PENDING → SENDING → SENT, or FAILED after the last attempt; PRINT for letters that go by post. */
  public enum Delivery { PENDING, SENDING, SENT, FAILED, PRINT, PRINTED }

  /** The kind of the dunning letters of collection cases; other letters name their own kind. */
  public static final String DUNNING = "DUNNING";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  private String kind;
  private String reference;

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
    this.kind = DUNNING;
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
    this.messageId = messageId("dunning-" + caseId + "-" + model.stage().name().toLowerCase());
  }

  /** A letter outside the dunning ladder, keyed by {@code key} (its Message-ID is made of it). */
  DunningLetter(OutgoingLetter letter, String recipient, String html, LocalDate letterDate, LocalDateTime createdAt) {
    this.kind = letter.kind();
    this.reference = letter.reference();
    this.customerNo = letter.customerNo();
    this.language = letter.language();
    this.recipient = recipient;
    this.subject = letter.subject();
    this.html = html;
    this.contentJson = "{}";
    this.overdueAmount = letter.amount();
    this.interest = java.math.BigDecimal.ZERO;
    this.currency = letter.currency();
    this.letterDate = letterDate;
    this.delivery = recipient == null ? Delivery.PRINT : Delivery.PENDING;
    this.createdAt = createdAt;
    this.messageId = messageId(letter.key());
  }

  static String messageId(String key) {
    return "<" + key + "@ardesk>";
  }

  public boolean isDunning() {
    return DUNNING.equals(kind);
  }

  public Long getId() { return id; }
  public String getKind() { return kind; }
  public String getReference() { return reference; }
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
