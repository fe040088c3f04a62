package io.ardesk.complaints;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A customer's complaint and what each of the 13 steps recorded about it (docs/domain.md §10). Changes
 * go through {@link ComplaintService}, which validates the input and keeps the step log.
 */
@Entity
@Table(name = "complaint")
public class Complaint {
  /** From the sequence {@code complaint_seq}, drawn before the complaint is saved: its number is made of it. */
  @Id private Long id;

  @Column(name = "complaint_no", nullable = false, updatable = false)
  private String complaintNo;

  private String customerNo;
  private String customerName;
  private String salesperson;

  @Enumerated(EnumType.STRING)
  private ComplaintCategory category;

  private String description;
  private BigDecimal claimAmount;
  private String currency;

  @Enumerated(EnumType.STRING)
  private ComplaintSource source;

  private String sourceReference;
  private LocalDateTime receivedAt;
  private String receivedBy;
  private LocalDateTime firstResponseDue;
  private LocalDateTime firstRespondedAt;
  private Integer firstResponseMinutes;
  private boolean firstResponseMissed;
  private LocalDateTime escalatedAt;

  @Enumerated(EnumType.STRING)
  private ComplaintStatus status;

  private String reasons;
  private String keyProblem;
  private String cause;
  private String customerSuggestion;
  private int solutionRound;

  @Enumerated(EnumType.STRING)
  private SolutionKind solutionKind;

  private String solution;
  private BigDecimal creditAmount;
  /** Who proposed the credit note at step 8; the supervisor approving it must be someone else. */
  private String creditProposedBy;
  private String creditApprovedBy;
  private LocalDateTime creditApprovedAt;
  /** Whether the agreed credit note needs a supervisor, decided once at agreement, and what was counted. */
  private Boolean creditApprovalNeeded;
  private String creditCounted;
  private String creditInvoiceNo;
  private boolean solutionAgreed;
  private boolean solutionApplied;

  @Enumerated(EnumType.STRING)
  private SolutionKind outcome;

  private LocalDateTime settledAt;
  private String lesson;
  private String supervisorComment;
  private String reviewedBy;
  private LocalDateTime closedAt;
  private Integer minutesToClose;

  @Version private Long version;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<ComplaintInvoice> invoices = new ArrayList<>();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<StepEntry> steps = new ArrayList<>();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<DepartmentNotice> departments = new ArrayList<>();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<ComplaintCreditNote> creditNotes = new ArrayList<>();

  protected Complaint() {}

  Complaint(long id, String customerNo, String customerName, String salesperson, ComplaintCategory category,
      String description, BigDecimal claimAmount, String currency, ComplaintSource source, String sourceReference,
      LocalDateTime receivedAt, String receivedBy, LocalDateTime firstResponseDue) {
    this.id = id;
    this.complaintNo = "C-%d-%06d".formatted(receivedAt.getYear(), id);
    this.customerNo = customerNo;
    this.customerName = customerName;
    this.salesperson = salesperson;
    this.category = category;
    this.description = description;
    this.claimAmount = claimAmount;
    this.currency = currency;
    this.source = source;
    this.sourceReference = sourceReference;
    this.receivedAt = receivedAt;
    this.receivedBy = receivedBy;
    this.firstResponseDue = firstResponseDue;
    this.status = ComplaintStatus.OPEN;
  }

  void name(String invoiceNo) {
    invoices.add(new ComplaintInvoice(this, invoiceNo));
  }

  StepEntry log(Step step, String by, LocalDateTime at, String outcome, String details) {
    StepEntry entry = new StepEntry(this, step, by, at, outcome, details);
    steps.add(entry);
    return entry;
  }

  /** Step 2: the first time the salesperson reached the customer answers the complaint. */
  boolean respond(LocalDateTime at) {
    if (firstRespondedAt == null) {
      firstRespondedAt = at;
      firstResponseMinutes = minutesSinceReceipt(at);
      if (at.isAfter(firstResponseDue)) {
        firstResponseMissed = true;
      }
    }
    return !firstRespondedAt.isAfter(firstResponseDue);
  }

  void missFirstResponse(LocalDateTime at) {
    firstResponseMissed = true;
    if (escalatedAt == null) {
      escalatedAt = at;
    }
  }

  void hearReasons(String reasons, BigDecimal claimAmount) {
    this.reasons = reasons;
    this.claimAmount = claimAmount;
  }

  void findKeyProblem(String keyProblem) {
    this.keyProblem = keyProblem;
  }

  void findCause(String cause) {
    this.cause = cause;
  }

  void considerSuggestion(String suggestion) {
    this.customerSuggestion = suggestion;
  }

  void proposeSolution(SolutionKind kind, String solution, BigDecimal creditAmount, String creditInvoiceNo,
      String proposedBy) {
    proposeSolution(kind, solution, creditAmount, creditInvoiceNo);
    this.creditProposedBy = creditAmount == null ? null : proposedBy;
    this.creditApprovedBy = null;
    this.creditApprovedAt = null;
    this.creditApprovalNeeded = null;
    this.creditCounted = null;
  }

  /** At agreement: the customer's rolling window in the base currency decided whether a supervisor approves. */
  void creditCounted(boolean approvalNeeded, String counted) {
    this.creditApprovalNeeded = approvalNeeded;
    this.creditCounted = counted;
  }

  /** A supervisor other than the proposer approved the credit note above the approval amount. */
  void creditNoteApproved(String supervisor, LocalDateTime at) {
    this.creditApprovedBy = supervisor;
    this.creditApprovedAt = at;
  }

  void proposeSolution(SolutionKind kind, String solution, BigDecimal creditAmount, String creditInvoiceNo) {
    this.solutionRound++;
    this.solutionKind = kind;
    this.solution = solution;
    this.creditAmount = creditAmount;
    this.creditInvoiceNo = creditInvoiceNo;
    this.solutionAgreed = false;
    this.solutionApplied = false;
  }

  void agree(boolean agreed) {
    this.solutionAgreed = agreed;
  }

  void solutionApplied() {
    this.solutionApplied = true;
  }

  ComplaintCreditNote addCreditNote(String creditNoteNo, String invoiceNo, BigDecimal amount, LocalDateTime at,
      String by) {
    ComplaintCreditNote note = new ComplaintCreditNote(this, creditNoteNo, invoiceNo, amount, at, by);
    creditNotes.add(note);
    return note;
  }

  void settle(LocalDateTime at) {
    status = ComplaintStatus.SETTLED;
    outcome = solutionKind;
    settledAt = at;
  }

  void review(String lesson, String comment, String by) {
    this.lesson = lesson;
    this.supervisorComment = comment;
    this.reviewedBy = by;
  }

  DepartmentNotice notify(Department department, LocalDateTime at, String by) {
    return departmentNotice(department).orElseGet(() -> {
      DepartmentNotice notice = new DepartmentNotice(this, department, at, by);
      departments.add(notice);
      return notice;
    });
  }

  void close(LocalDateTime at) {
    status = ComplaintStatus.CLOSED;
    closedAt = at;
    minutesToClose = minutesSinceReceipt(at);
  }

  Optional<DepartmentNotice> departmentNotice(Department department) {
    return departments.stream().filter(d -> d.getDepartment() == department).findFirst();
  }

  Optional<ComplaintInvoice> invoice(String invoiceNo) {
    return invoices.stream().filter(i -> i.getInvoiceNo().equals(invoiceNo)).findFirst();
  }

  private int minutesSinceReceipt(LocalDateTime at) {
    return (int) Math.max(0, Duration.between(receivedAt, at).toMinutes());
  }

  public boolean isOpen() {
    return status == ComplaintStatus.OPEN;
  }

  public boolean answeredInTime() {
    return firstRespondedAt != null && !firstRespondedAt.isAfter(firstResponseDue);
  }

  public boolean hasCreditInSolution() {
    return creditAmount != null && creditAmount.signum() > 0;
  }

  public Long getId() { return id; }
  public String getComplaintNo() { return complaintNo; }
  public String getCustomerNo() { return customerNo; }
  public String getCustomerName() { return customerName; }
  public String getSalesperson() { return salesperson; }
  public ComplaintCategory getCategory() { return category; }
  public String getDescription() { return description; }
  public BigDecimal getClaimAmount() { return claimAmount; }
  public String getCurrency() { return currency; }
  public ComplaintSource getSource() { return source; }
  public String getSourceReference() { return sourceReference; }
  public LocalDateTime getReceivedAt() { return receivedAt; }
  public String getReceivedBy() { return receivedBy; }
  public LocalDateTime getFirstResponseDue() { return firstResponseDue; }
  public LocalDateTime getFirstRespondedAt() { return firstRespondedAt; }
  public Integer getFirstResponseMinutes() { return firstResponseMinutes; }
  public boolean isFirstResponseMissed() { return firstResponseMissed; }
  public LocalDateTime getEscalatedAt() { return escalatedAt; }
  public ComplaintStatus getStatus() { return status; }
  public String getReasons() { return reasons; }
  public String getKeyProblem() { return keyProblem; }
  public String getCause() { return cause; }
  public String getCustomerSuggestion() { return customerSuggestion; }
  public int getSolutionRound() { return solutionRound; }
  public SolutionKind getSolutionKind() { return solutionKind; }
  public String getSolution() { return solution; }
  public BigDecimal getCreditAmount() { return creditAmount; }
  public String getCreditProposedBy() { return creditProposedBy; }
  public String getCreditApprovedBy() { return creditApprovedBy; }
  public LocalDateTime getCreditApprovedAt() { return creditApprovedAt; }
  public Boolean getCreditApprovalNeeded() { return creditApprovalNeeded; }
  public String getCreditCounted() { return creditCounted; }
  public String getCreditInvoiceNo() { return creditInvoiceNo; }
  public boolean isSolutionAgreed() { return solutionAgreed; }
  public boolean isSolutionApplied() { return solutionApplied; }
  public SolutionKind getOutcome() { return outcome; }
  public LocalDateTime getSettledAt() { return settledAt; }
  public String getLesson() { return lesson; }
  public String getSupervisorComment() { return supervisorComment; }
  public String getReviewedBy() { return reviewedBy; }
  public LocalDateTime getClosedAt() { return closedAt; }
  public Integer getMinutesToClose() { return minutesToClose; }
  public List<ComplaintInvoice> getInvoices() { return Collections.unmodifiableList(invoices); }
  public List<StepEntry> getSteps() { return Collections.unmodifiableList(steps); }
  public List<DepartmentNotice> getDepartments() { return Collections.unmodifiableList(departments); }
  public List<ComplaintCreditNote> getCreditNotes() { return Collections.unmodifiableList(creditNotes); }
}
