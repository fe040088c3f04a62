package io.ardesk.letters;

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
 * A letter to a customer as archived: its content, and its way out. Written by the {@link Outbox} in
 * the same transaction as the process step and delivered afterwards by {@link LetterDelivery}. Every
 * letter is unique by its Message-ID, which is made of its key; a dunning letter is also one per
 * collection case and stage, other letters one per kind and reference (the order, the request).
 */
@Entity
@Table(name = "outgoing_letter")
public class OutgoingLetter {

  /**
   * PENDING → SENDING → SENT. A send the server did not take goes back to PENDING until its next
   * attempt on the retry schedule; FAILED after the whole schedule or a permanent refusal of the
   * address, and PENDING again when re-queued (or PRINTED when printed and posted instead). Without an
   * e-mail address an HTML letter waits to be printed (PRINT → PRINTED); a plain-text notice is not
   * sent (NO_ADDRESS).
   */
  public enum Delivery { PENDING, SENDING, SENT, FAILED, PRINT, PRINTED, NO_ADDRESS }

  /** An HTML letter, which also has a printed form, or a plain-text e-mail notice. */
  public enum Format { HTML, TEXT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kind;
  private String reference;
  private String customerNo;

  /** Dunning letters only: the collection case and its stage. */
  @Column(name = "case_id", updatable = false)
  private Long caseId;
  private String stage;

  private String language;
  private String recipient;
  private String subject;
  private String body;

  @Enumerated(EnumType.STRING)
  private Format bodyFormat;

  private String contentJson;
  private BigDecimal amount;
  private BigDecimal interest;
  private String currency;
  private LocalDate letterDate;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  private int attempts;
  private String lastError;
  private LocalDateTime claimedAt;
  /** A letter waiting for its next attempt after a failed one is not tried before this. */
  private LocalDateTime nextAttemptAt;
  /** When the first attempt of this round failed: the retry schedule ends a set time after it. */
  private LocalDateTime firstFailedAt;
  private LocalDateTime createdAt;
  private LocalDateTime sentAt;
  private String messageId;

  protected OutgoingLetter() {}

  OutgoingLetter(NewLetter letter, String customerNo, String recipient, LocalDate letterDate, LocalDateTime createdAt) {
    this.kind = letter.kind();
    this.reference = letter.reference();
    this.customerNo = customerNo;
    this.language = letter.language();
    this.recipient = recipient;
    this.subject = letter.subject();
    this.body = letter.body();
    this.bodyFormat = letter.format();
    this.contentJson = "{}";
    this.amount = letter.amount();
    this.interest = BigDecimal.ZERO;
    this.currency = letter.currency();
    this.letterDate = letterDate;
    if (letter.dunning() != null) {
      this.caseId = letter.dunning().caseId();
      this.stage = letter.dunning().stage();
      this.interest = letter.dunning().interest();
      this.contentJson = letter.dunning().contentJson();
    }
    this.delivery = recipient != null ? Delivery.PENDING
        : bodyFormat == Format.HTML ? Delivery.PRINT : Delivery.NO_ADDRESS;
    this.createdAt = createdAt;
    this.messageId = messageId(letter.key());
  }

  static String messageId(String key) {
    return "<" + key + "@ardesk>";
  }

  public boolean isHtml() {
    return bodyFormat == Format.HTML;
  }

  public Long getId() { return id; }
  public String getKind() { return kind; }
  public String getReference() { return reference; }
  public String getCustomerNo() { return customerNo; }
  public Long getCaseId() { return caseId; }
  public String getStage() { return stage; }
  public String getLanguage() { return language; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public Format getBodyFormat() { return bodyFormat; }
  public String getContentJson() { return contentJson; }
  public BigDecimal getAmount() { return amount; }
  public BigDecimal getInterest() { return interest; }
  public String getCurrency() { return currency; }
  public LocalDate getLetterDate() { return letterDate; }
  public Delivery getDelivery() { return delivery; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public LocalDateTime getSentAt() { return sentAt; }
  public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
  public LocalDateTime getFirstFailedAt() { return firstFailedAt; }
  public String getMessageId() { return messageId; }
}
