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

/** One entry in a case's history: a call and its outcome, a letter, a decision… */
@Entity
@Table(name = "collection_action")
public class CollectionAction {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  @Enumerated(EnumType.STRING)
  private ActionKind kind;

  private String outcome;
  private String excuse;
  private String note;
  private BigDecimal amount;
  private String currency;
  private LocalDate actionDate;
  private String actor;
  private LocalDateTime occurredAt;

  protected CollectionAction() {}

  CollectionAction(CollectionCase collectionCase, ActionKind kind, String actor, LocalDateTime at) {
    this.caseId = collectionCase.getId();
    this.stage = collectionCase.getStage();
    this.kind = kind;
    this.actor = actor;
    this.occurredAt = at;
  }

  /** The stage the action belongs to, when it is not the case's stage now (a letter of an earlier stage). */
  CollectionAction atStage(Stage stage) {
    this.stage = stage;
    return this;
  }

  CollectionAction outcome(String outcome) {
    this.outcome = outcome;
    return this;
  }

  CollectionAction excuse(String excuse) {
    this.excuse = excuse;
    return this;
  }

  CollectionAction note(String note) {
    this.note = note == null || note.isBlank() ? null : note.strip();
    return this;
  }

  /** The amount the action concerns and its currency (every amount carries its currency). */
  CollectionAction amount(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = amount == null ? null : currency;
    return this;
  }

  CollectionAction on(LocalDate date) {
    this.actionDate = date;
    return this;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Stage getStage() { return stage; }
  public ActionKind getKind() { return kind; }
  public String getOutcome() { return outcome; }
  public String getExcuse() { return excuse; }
  public String getNote() { return note; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public LocalDate getActionDate() { return actionDate; }
  public String getActor() { return actor; }
  public LocalDateTime getOccurredAt() { return occurredAt; }
}
