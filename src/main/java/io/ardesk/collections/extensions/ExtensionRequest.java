package io.ardesk.collections.extensions;

import io.ardesk.collections.Stage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A customer's request to pay some invoices later (延期付款, docs/domain.md §8): the credit check, the
 * decision and, once the new date has passed, the outcome. Its number {@code EXT-2026-000001} is
 * the business key of its {@code payment-extension} process.
 */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {
  @Id
  private Long id;

  private String requestNo;
  private String customerNo;
  private LocalDate requestedDueDate;
  private String reason;

  @Enumerated(EnumType.STRING)
  private RequestSource source;

  @Enumerated(EnumType.STRING)
  private ExtensionStatus status;

  private String currency;
  private BigDecimal extendedAmount;
  private String requestedBy;
  private LocalDateTime requestedAt;

  @Enumerated(EnumType.STRING)
  private CreditCheck creditCheck;

  private String creditCheckNote;
  private String creditCheckedBy;
  private LocalDateTime creditCheckedAt;

  @Enumerated(EnumType.STRING)
  private ExtensionDecision decision;

  private String decisionReason;

  @Enumerated(EnumType.STRING)
  private SupervisorDecision supervisorDecision;

  private String supervisorReason;
  private String supervisor;
  private String decidedBy;
  private LocalDateTime decidedAt;
  private Long caseId;

  @Enumerated(EnumType.STRING)
  private Stage caseStage;

  @Enumerated(EnumType.STRING)
  private ExtensionOutcome outcome;

  private Boolean chargePenalty;
  private Boolean chargeInterest;
  private BigDecimal paidAmount;
  private BigDecimal balance;
  private LocalDate outcomeOn;

  /** A supervisor's answer to a large extension. */
  public enum SupervisorDecision { APPROVE, REFUSE }

  protected ExtensionRequest() {}

  ExtensionRequest(long id, String requestNo, String customerNo, LocalDate requestedDueDate, String reason,
      RequestSource source, String currency, BigDecimal extendedAmount, String requestedBy, LocalDateTime at) {
    this.id = id;
    this.requestNo = requestNo;
    this.customerNo = customerNo;
    this.requestedDueDate = requestedDueDate;
    this.reason = reason;
    this.source = source;
    this.status = ExtensionStatus.REQUESTED;
    this.currency = currency;
    this.extendedAmount = extendedAmount;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
  }

  void creditChecked(CreditCheck result, String note, String actor, LocalDateTime at) {
    creditCheck = result;
    creditCheckNote = note;
    creditCheckedBy = actor;
    creditCheckedAt = at;
  }

  void decided(ExtensionDecision byTable, String reason) {
    decision = byTable;
    decisionReason = reason;
    if (byTable == ExtensionDecision.SUPERVISOR) {
      status = ExtensionStatus.AWAITING_SUPERVISOR;
    }
  }

  void supervisorDecided(SupervisorDecision answer, String reason, String actor) {
    supervisorDecision = answer;
    supervisorReason = reason;
    supervisor = actor;
  }

  void granted(String actor, LocalDateTime at, Long caseId, Stage caseStage) {
    status = ExtensionStatus.GRANTED;
    decidedBy = actor;
    decidedAt = at;
    this.caseId = caseId;
    this.caseStage = caseStage;
  }

  void refused(String actor, LocalDateTime at) {
    status = ExtensionStatus.REFUSED;
    decidedBy = actor;
    decidedAt = at;
  }

  void outcome(ExtensionRules.OutcomeRule rule, BigDecimal paid, BigDecimal balance, LocalDate on) {
    this.outcome = rule.outcome();
    this.chargePenalty = rule.chargePenalty();
    this.chargeInterest = rule.chargeInterest();
    this.paidAmount = paid;
    this.balance = balance;
    this.outcomeOn = on;
  }

  void ended() {
    status = ExtensionStatus.ENDED;
  }

  /** The final answer: the supervisor's where one was asked, else the table's. */
  public ExtensionDecision finalDecision() {
    if (supervisorDecision != null) {
      return supervisorDecision == SupervisorDecision.APPROVE ? ExtensionDecision.GRANT : ExtensionDecision.REFUSE;
    }
    return decision;
  }

  public Long getId() { return id; }
  public String getRequestNo() { return requestNo; }
  public String getCustomerNo() { return customerNo; }
  public LocalDate getRequestedDueDate() { return requestedDueDate; }
  public String getReason() { return reason; }
  public RequestSource getSource() { return source; }
  public ExtensionStatus getStatus() { return status; }
  public String getCurrency() { return currency; }
  public BigDecimal getExtendedAmount() { return extendedAmount; }
  public String getRequestedBy() { return requestedBy; }
  public LocalDateTime getRequestedAt() { return requestedAt; }
  public CreditCheck getCreditCheck() { return creditCheck; }
  public String getCreditCheckNote() { return creditCheckNote; }
  public String getCreditCheckedBy() { return creditCheckedBy; }
  public LocalDateTime getCreditCheckedAt() { return creditCheckedAt; }
  public ExtensionDecision getDecision() { return decision; }
  public String getDecisionReason() { return decisionReason; }
  public SupervisorDecision getSupervisorDecision() { return supervisorDecision; }
  public String getSupervisorReason() { return supervisorReason; }
  public String getSupervisor() { return supervisor; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public Long getCaseId() { return caseId; }
  public Stage getCaseStage() { return caseStage; }
  public ExtensionOutcome getOutcome() { return outcome; }
  public boolean chargesPenalty() { return Boolean.TRUE.equals(chargePenalty); }
  public boolean chargesInterest() { return Boolean.TRUE.equals(chargeInterest); }
  public BigDecimal getPaidAmount() { return paidAmount; }
  public BigDecimal getBalance() { return balance; }
  public LocalDate getOutcomeOn() { return outcomeOn; }
}
