package io.ardesk.complaints;

import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.Supervisors;
import io.ardesk.complaints.ComplaintLedger.CreditNote;
import io.ardesk.complaints.ComplaintLedger.CustomerFacts;
import io.ardesk.complaints.ComplaintLedger.InvoiceFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives complaints and records what each of the 13 steps finds (docs/domain.md §10): every change is
 * validated, written to the complaint and logged with who and when. Disputes and credit notes go
 * through the ledger in the same transaction.
 */
@Service
@Transactional
public class ComplaintService {
  static final int MAX_TEXT = 4000;

  private final ComplaintRepository complaints;
  private final ComplaintNumbers numbers;
  private final ComplaintLedger ledger;
  private final Supervisors supervisors;
  private final ComplaintProperties properties;
  private final Clock clock;

  ComplaintService(ComplaintRepository complaints, ComplaintNumbers numbers, ComplaintLedger ledger,
      ComplaintProperties properties, Clock clock, Supervisors supervisors) {
    this.supervisors = supervisors;
    this.complaints = complaints;
    this.numbers = numbers;
    this.ledger = ledger;
    this.properties = properties;
    this.clock = clock;
  }

  /** A complaint received: its number, and false when the source reference had been received before. */
  public record Received(String complaintNo, boolean created) {}

  /** What step 8 proposes. {@code creditAmount} may be null or zero: no credit note. */
  public record Solution(String kind, String solution, BigDecimal creditAmount, String creditInvoiceNo) {}

  /** Receives a complaint; its first response is due {@code ardesk.complaints.first-response-hours} later. */
  public Received receive(NewComplaint request, String actor) {
    var problems = new ArrayList<FieldProblem>();
    Optional<CustomerFacts> customer = Optional.empty();
    if (blank(request.customerNo())) {
      problems.add(new FieldProblem("customerNo", "is required"));
    } else {
      customer = ledger.customer(request.customerNo().trim());
      if (customer.isEmpty()) {
        problems.add(new FieldProblem("customerNo", "customer " + request.customerNo() + " does not exist"));
      }
    }
    Optional<ComplaintCategory> category = ComplaintCategory.parse(request.category());
    if (blank(request.category())) {
      problems.add(new FieldProblem("category", "is required"));
    } else if (category.isEmpty()) {
      problems.add(new FieldProblem("category", "must be one of " + List.of(ComplaintCategory.values())));
    }
    text("description", request.description(), problems);
    BigDecimal claim = money("claimAmount", request.claimAmount(), problems);
    Set<String> invoiceNos = namedInvoices(request.invoiceNos(), customer, problems);
    if (!problems.isEmpty()) {
      throw new ComplaintInputException(problems);
    }
    if (!blank(request.sourceReference())) {
      var earlier = complaints.findBySourceAndSourceReference(request.source(), request.sourceReference());
      if (earlier.isPresent()) {
        return new Received(earlier.get().getComplaintNo(), false);
      }
    }
    LocalDateTime now = now();
    CustomerFacts facts = customer.orElseThrow();
    Complaint complaint = new Complaint(numbers.next(), facts.customerNo(), facts.name(), facts.salesperson(), category.orElseThrow(),
        request.description().trim(), claim == null ? BigDecimal.ZERO.setScale(2) : claim, facts.currency(),
        request.source(), blank(request.sourceReference()) ? null : request.sourceReference(), now,
        actor(actor), now.plusHours(properties.firstResponseHours()));
    invoiceNos.forEach(complaint::name);
    complaints.save(complaint);
    complaint.log(Step.RECEIVED, actor(actor), now, request.source().name(), describe(complaint));
    return new Received(complaint.getComplaintNo(), true);
  }

  /** The complaint with its invoices, step log, departments and credit notes. */
  @Transactional(readOnly = true)
  public Complaint get(String complaintNo) {
    Complaint complaint = find(complaintNo);
    complaint.getInvoices().size();
    complaint.getSteps().size();
    complaint.getDepartments().size();
    complaint.getCreditNotes().size();
    return complaint;
  }

  /** Step 1 begins: the invoices the complaint names leave dunning until it is settled. */
  public List<String> disputeInvoices(String complaintNo, String actor) {
    Complaint complaint = find(complaintNo);
    List<String> disputed = new ArrayList<>();
    for (ComplaintInvoice invoice : complaint.getInvoices()) {
      if (invoice.getDisputedAt() == null) {
        ledger.dispute(invoice.getInvoiceNo(), complaintNo, actor(actor));
        invoice.disputed(now());
        disputed.add(invoice.getInvoiceNo());
      }
    }
    if (!disputed.isEmpty()) {
      complaint.log(Step.INVOICES_DISPUTED, actor(actor), now(), null, String.join(", ", disputed));
    }
    return disputed;
  }

  /** Step 1: the complaint was welcomed; how and what the customer was told. */
  public void welcome(String complaintNo, String channel, String note, String actor) {
    var problems = new ArrayList<FieldProblem>();
    text("acknowledgedVia", channel, problems);
    throwIfAny(problems);
    find(complaintNo).log(Step.WELCOME, actor(actor), now(), channel.trim(), trimToNull(note));
  }

  /** Step 2: the salesperson reached the customer; the first response. Returns whether it was in time. */
  public boolean goToCustomer(String complaintNo, String contactMethod, String metWith, String note, String actor) {
    var problems = new ArrayList<FieldProblem>();
    text("contactMethod", contactMethod, problems);
    text("metWith", metWith, problems);
    throwIfAny(problems);
    Complaint complaint = find(complaintNo);
    LocalDateTime now = now();
    boolean inTime = complaint.respond(now);
    complaint.log(Step.GO_TO_CUSTOMER, actor(actor), now, inTime ? "IN_TIME" : "LATE",
        lines("Contact: " + contactMethod.trim(), "Met: " + metWith.trim(), note));
    return inTime;
  }

  /** Step 3: what was said to show sympathy. */
  public void showSympathy(String complaintNo, String note, String actor) {
    recordText(complaintNo, Step.SHOW_SYMPATHY, "sympathyNote", note, actor, (c, t) -> {});
  }

  /** Step 4: the customer's reasons, heard calmly, and the claim (null keeps the claim received). */
  public void hearReasons(String complaintNo, String reasons, BigDecimal claimAmount, String actor) {
    var problems = new ArrayList<FieldProblem>();
    text("reasons", reasons, problems);
    BigDecimal claim = money("claimAmount", claimAmount, problems);
    throwIfAny(problems);
    Complaint complaint = find(complaintNo);
    complaint.hearReasons(reasons.trim(), claim == null ? complaint.getClaimAmount() : claim);
    complaint.log(Step.HEAR_REASONS, actor(actor), now(), null,
        lines(reasons.trim(), "Claim: " + complaint.getClaimAmount().toPlainString() + " " + complaint.getCurrency()));
  }

  /** Step 5: the key of the problem. */
  public void findKeyProblem(String complaintNo, String keyProblem, String actor) {
    recordText(complaintNo, Step.KEY_PROBLEM, "keyProblem", keyProblem, actor, Complaint::findKeyProblem);
  }

  /** Step 6: the cause. */
  public void findCause(String complaintNo, String cause, String actor) {
    recordText(complaintNo, Step.CAUSE, "cause", cause, actor, Complaint::findCause);
  }

  /** Step 7: the customer's own suggestion. */
  public void considerSuggestion(String complaintNo, String suggestion, String actor) {
    recordText(complaintNo, Step.CUSTOMER_SUGGESTION, "customerSuggestion", suggestion, actor,
        Complaint::considerSuggestion);
  }

  /**
   * Step 8: the best solution; a credit amount makes the ledger post a credit note once the customer
   * agrees. The credit note is capped at the claim and, when the complaint names invoices, at the open
   * amount of the invoices still disputed (and of the invoice it is against).
   */
  public void proposeSolution(String complaintNo, Solution proposal, String actor) {
    Complaint complaint = find(complaintNo);
    var problems = new ArrayList<FieldProblem>();
    Optional<SolutionKind> kind = SolutionKind.parse(proposal.kind());
    if (kind.isEmpty()) {
      problems.add(new FieldProblem("solutionKind", "must be one of " + List.of(SolutionKind.values())));
    }
    text("solution", proposal.solution(), problems);
    BigDecimal credit = money("creditAmount", proposal.creditAmount(), problems);
    String creditInvoiceNo = trimToNull(proposal.creditInvoiceNo());
    if (credit != null && credit.signum() > 0) {
      creditInvoiceNo = creditInvoice(complaint, creditInvoiceNo, problems);
    } else {
      credit = null;
      creditInvoiceNo = null;
    }
    if (kind.orElse(null) == SolutionKind.CREDIT_NOTE && credit == null) {
      problems.add(new FieldProblem("creditAmount", "a credit-note solution needs an amount above zero"));
    }
    if (credit != null && problems.isEmpty()) {
      capCredit(complaint, credit, creditInvoiceNo, problems);
    }
    throwIfAny(problems);
    complaint.proposeSolution(kind.orElseThrow(), proposal.solution().trim(), credit, creditInvoiceNo, actor(actor));
    complaint.log(Step.BEST_SOLUTION, actor(actor), now(), kind.orElseThrow().name(),
        lines(proposal.solution().trim(), credit == null ? null
            : "Credit note: " + credit.toPlainString() + " " + complaint.getCurrency()
                + (creditInvoiceNo == null ? " on account" : " against " + creditInvoiceNo)));
  }

  private void capCredit(Complaint complaint, BigDecimal credit, String creditInvoiceNo, List<FieldProblem> problems) {
    String currency = " " + complaint.getCurrency();
    if (credit.compareTo(complaint.getClaimAmount()) > 0) {
      problems.add(new FieldProblem("creditAmount", "must not exceed the claim of "
          + complaint.getClaimAmount().toPlainString() + currency));
      return;
    }
    BigDecimal open = disputedOpenAmount(complaint);
    if (open != null && credit.compareTo(open) > 0) {
      problems.add(new FieldProblem("creditAmount", "must not exceed the open amount of the disputed invoices, "
          + open.toPlainString() + currency));
      return;
    }
    if (creditInvoiceNo != null) {
      var invoice = ledger.invoice(creditInvoiceNo);
      if (invoice.isPresent() && credit.compareTo(invoice.get().openAmount()) > 0) {
        problems.add(new FieldProblem("creditAmount", "must not exceed the open amount of invoice " + creditInvoiceNo
            + ", " + invoice.get().openAmount().toPlainString() + currency));
      }
    }
  }

  /** The open amount of the invoices the complaint still disputes; null when it names none. */
  private BigDecimal disputedOpenAmount(Complaint complaint) {
    if (complaint.getInvoices().isEmpty()) {
      return null;
    }
    return complaint.getInvoices().stream().filter(ComplaintInvoice::isDisputed)
        .map(i -> ledger.invoice(i.getInvoiceNo()).map(InvoiceFacts::openAmount).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** True when the agreed credit note is above {@code ardesk.complaints.credit-note-approval-above} and not approved yet. */
  @Transactional(readOnly = true)
  public boolean creditNoteAwaitsApproval(String complaintNo) {
    Complaint complaint = find(complaintNo);
    return needsApproval(complaint) && complaint.getCreditApprovedBy() == null;
  }

  /**
   * Above {@code ardesk.complaints.credit-note-approval-above}, in the base currency: the customer's credit
   * notes, write-offs and pending requests of the rolling 30 days plus this one, counted once when the
   * customer agrees (so five complaints of 10,000.00 do not each escape it).
   */
  private boolean needsApproval(Complaint complaint) {
    if (!complaint.hasCreditInSolution()) {
      return false;
    }
    if (complaint.getCreditApprovalNeeded() != null) {
      return complaint.getCreditApprovalNeeded();
    }
    return complaint.getCreditAmount().compareTo(properties.creditNoteApprovalAbove()) > 0;
  }

  private void countCredit(Complaint complaint) {
    var counted = ledger.countAgainst(complaint.getCustomerNo(), complaint.getCreditAmount(), complaint.getCurrency(),
        LocalDate.now(clock), properties.creditNoteApprovalAbove());
    complaint.creditCounted(counted.above(), counted.description());
  }

  /** The open amount of the disputed invoices, for the approval form; null when the complaint names none. */
  @Transactional(readOnly = true)
  public BigDecimal openAmountOfDisputedInvoices(String complaintNo) {
    return disputedOpenAmount(find(complaintNo));
  }

  /**
   * A supervisor approves the agreed credit note above the approval amount: a member of
   * {@code supervisor} other than the salesperson who proposed it at step 8.
   */
  public void approveCreditNote(String complaintNo, String supervisor, String reason) {
    Complaint complaint = find(complaintNo);
    requireAwaitingApproval(complaint);
    supervisors.checkSecondPerson(supervisor, complaint.getCreditProposedBy());
    LocalDateTime now = now();
    complaint.creditNoteApproved(supervisor, now);
    complaint.log(Step.CREDIT_NOTE_APPROVED, supervisor, now, "APPROVED", lines(
        complaint.getCreditAmount().toPlainString() + " " + complaint.getCurrency(), complaint.getCreditCounted(),
        trimToNull(reason)));
  }

  /** A supervisor refuses the credit note, with a reason: the solution is no longer agreed, back to step 8. */
  public void refuseCreditNote(String complaintNo, String supervisor, String reason) {
    Complaint complaint = find(complaintNo);
    requireAwaitingApproval(complaint);
    if (blank(reason)) {
      throw new ComplaintInputException("decisionReason", "give the reason for refusing the credit note");
    }
    supervisors.checkSecondPerson(supervisor, complaint.getCreditProposedBy());
    complaint.agree(false);
    complaint.log(Step.CREDIT_NOTE_REFUSED, supervisor, now(), "REFUSED", reason.trim());
  }

  private void requireAwaitingApproval(Complaint complaint) {
    if (!complaint.isSolutionAgreed() || complaint.isSolutionApplied() || !needsApproval(complaint)
        || complaint.getCreditApprovedBy() != null) {
      throw new io.ardesk.ledger.ApprovalRefusedException("complaintNo",
          "complaint " + complaint.getComplaintNo() + " has no credit note waiting for approval");
    }
  }

  /** Step 9: did the customer agree to the solution? No sends the case back to step 8. */
  public void recordAgreement(String complaintNo, Boolean agreed, String note, String actor) {
    decision("agreed", agreed);
    Complaint complaint = find(complaintNo);
    complaint.agree(agreed);
    if (agreed && complaint.hasCreditInSolution()) {
      countCredit(complaint);
    }
    complaint.log(Step.AGREEMENT, actor(actor), now(), agreed ? "AGREED" : "NOT_AGREED", trimToNull(note));
  }

  /**
   * After step 9: carries out the money part of the agreed solution, once. A credit note is posted
   * in the ledger; the named invoices it settles in full leave the dispute.
   */
  public Optional<String> applyAgreedSolution(String complaintNo, String actor) {
    Complaint complaint = find(complaintNo);
    if (!complaint.isSolutionAgreed() || complaint.isSolutionApplied()) {
      return Optional.empty();
    }
    if (needsApproval(complaint) && complaint.getCreditApprovedBy() == null) {
      throw new IllegalStateException("the credit note of complaint " + complaintNo + " ("
          + complaint.getCreditAmount().toPlainString() + " " + complaint.getCurrency()
          + ") is above the approval amount and waits for a supervisor");
    }
    complaint.solutionApplied();
    if (!complaint.hasCreditInSolution()) {
      return Optional.empty();
    }
    String creditNoteNo = "CN-" + complaintNo + "-" + (complaint.getCreditNotes().size() + 1);
    LocalDateTime now = now();
    List<String> settled = ledger.postCreditNote(new CreditNote(creditNoteNo, complaint.getCustomerNo(),
        complaint.getCreditInvoiceNo(), complaint.getCreditAmount(), LocalDate.now(clock),
        "Complaint " + complaintNo + ": " + complaint.getSolution(), complaint.getCreditApprovedBy(), complaintNo),
        actor(actor));
    complaint.addCreditNote(creditNoteNo, complaint.getCreditInvoiceNo(), complaint.getCreditAmount(), now,
        actor(actor));
    complaint.log(Step.CREDIT_NOTE_POSTED, actor(actor), now, creditNoteNo,
        complaint.getCreditAmount().toPlainString() + " " + complaint.getCurrency()
            + (complaint.getCreditInvoiceNo() == null ? " on account" : " against " + complaint.getCreditInvoiceNo()));
    release(complaint, complaint.getInvoices().stream().filter(i -> settled.contains(i.getInvoiceNo())).toList(),
        ComplaintInvoice.RELEASED_CREDIT_NOTE, actor);
    return Optional.of(creditNoteNo);
  }

  /** Step 10: is the customer satisfied? No sends the case back to step 5. */
  public void confirmSatisfaction(String complaintNo, Boolean satisfied, String note, String actor) {
    decision("satisfied", satisfied);
    Complaint complaint = find(complaintNo);
    LocalDateTime now = now();
    if (satisfied) {
      complaint.settle(now);
    }
    complaint.log(Step.SATISFACTION, actor(actor), now, satisfied ? "SATISFIED" : "NOT_SATISFIED",
        trimToNull(note));
  }

  /** After step 10: the invoices still disputed by the complaint are collectable again. */
  public List<String> releaseInvoices(String complaintNo, String actor) {
    Complaint complaint = find(complaintNo);
    return release(complaint, complaint.getInvoices(), ComplaintInvoice.RELEASED_SATISFIED, actor);
  }

  /** The report of the case for the supervisor's review in step 11. */
  @Transactional(readOnly = true)
  public String caseReport(String complaintNo) {
    return CaseReport.of(get(complaintNo));
  }

  /** Step 11: the supervisor reviewed the report, chose the departments to tell and wrote the lesson. */
  public void review(String complaintNo, Collection<Department> departments, String lesson, String comment,
      String actor) {
    var problems = new ArrayList<FieldProblem>();
    if (departments == null || departments.isEmpty()) {
      problems.add(new FieldProblem("departments", "choose at least one department to tell"));
    }
    text("lesson", lesson, problems);
    throwIfAny(problems);
    Complaint complaint = find(complaintNo);
    LocalDateTime now = now();
    complaint.review(lesson.trim(), trimToNull(comment), actor(actor));
    departments.forEach(d -> complaint.notify(d, now, actor(actor)));
    complaint.log(Step.SUPERVISOR_REPORT, actor(actor), now,
        String.join(",", departments.stream().map(Department::key).toList()), lines("Lesson: " + lesson.trim(),
            comment));
  }

  /** The departments step 12 tells, in the order chosen. */
  @Transactional(readOnly = true)
  public List<Department> departmentsToNotify(String complaintNo) {
    return find(complaintNo).getDepartments().stream().map(DepartmentNotice::getDepartment).toList();
  }

  /** Step 12: a department's preventive action. */
  public void recordPreventiveAction(String complaintNo, Department department, String action, String actor) {
    var problems = new ArrayList<FieldProblem>();
    text("preventiveAction", action, problems);
    throwIfAny(problems);
    Complaint complaint = find(complaintNo);
    DepartmentNotice notice = complaint.departmentNotice(department)
        .orElseThrow(() -> new ComplaintInputException("department", department.key() + " was not chosen"));
    LocalDateTime now = now();
    notice.recordPreventiveAction(action.trim(), now, actor(actor));
    complaint.log(Step.NOTIFY_DEPARTMENTS, actor(actor), now, department.key(), action.trim());
  }

  /** Step 13: the record is kept for improvement with its cause, solution and lesson; the complaint closes. */
  public void archive(String complaintNo, String actor) {
    Complaint complaint = find(complaintNo);
    if (complaint.getStatus() == ComplaintStatus.CLOSED) {
      return;
    }
    LocalDateTime now = now();
    complaint.close(now);
    complaint.log(Step.ARCHIVE, actor(actor), now, complaint.getOutcome() == null ? null : complaint.getOutcome().name(),
        lines("Cause: " + complaint.getCause(), "Solution: " + complaint.getSolution(),
            "Lesson: " + complaint.getLesson()));
  }

  /** The first response is overdue: the miss is recorded and the supervisor is asked to act. */
  public void missFirstResponse(String complaintNo, String actor) {
    Complaint complaint = find(complaintNo);
    if (complaint.getEscalatedAt() != null) {
      return;
    }
    LocalDateTime now = now();
    complaint.missFirstResponse(now);
    complaint.log(Step.FIRST_RESPONSE_MISSED, actor(actor), now, null,
        "First response was due " + complaint.getFirstResponseDue());
  }

  /** What the supervisor did about the overdue first response. */
  public void handleEscalation(String complaintNo, String action, String actor) {
    recordText(complaintNo, Step.ESCALATION_HANDLED, "escalationAction", action, actor, (c, t) -> {});
  }

  private List<String> release(Complaint complaint, List<ComplaintInvoice> invoices, String reason, String actor) {
    List<String> released = new ArrayList<>();
    for (ComplaintInvoice invoice : invoices) {
      if (!invoice.isDisputed()) {
        continue;
      }
      if (!complaints.disputedByAnother(invoice.getInvoiceNo(), complaint.getId())) {
        ledger.releaseDispute(invoice.getInvoiceNo(), complaint.getComplaintNo(), actor(actor));
      }
      invoice.released(now(), actor(actor), reason);
      released.add(invoice.getInvoiceNo());
    }
    if (!released.isEmpty()) {
      complaint.log(Step.INVOICES_RELEASED, actor(actor), now(), reason, String.join(", ", released));
    }
    return released;
  }

  private void recordText(String complaintNo, Step step, String field, String text, String actor,
      BiConsumer<Complaint, String> apply) {
    var problems = new ArrayList<FieldProblem>();
    text(field, text, problems);
    throwIfAny(problems);
    Complaint complaint = find(complaintNo);
    apply.accept(complaint, text.trim());
    complaint.log(step, actor(actor), now(), null, text.trim());
  }

  private String creditInvoice(Complaint complaint, String invoiceNo, List<FieldProblem> problems) {
    if (invoiceNo == null) {
      return complaint.getInvoices().size() == 1 ? complaint.getInvoices().get(0).getInvoiceNo() : null;
    }
    Optional<InvoiceFacts> invoice = ledger.invoice(invoiceNo);
    if (invoice.isEmpty()) {
      problems.add(new FieldProblem("creditInvoiceNo", "invoice " + invoiceNo + " does not exist"));
    } else if (!invoice.get().customerNo().equals(complaint.getCustomerNo())) {
      problems.add(new FieldProblem("creditInvoiceNo",
          "invoice " + invoiceNo + " belongs to another customer than " + complaint.getCustomerNo()));
    }
    return invoiceNo;
  }

  private Set<String> namedInvoices(List<String> invoiceNos, Optional<CustomerFacts> customer,
      List<FieldProblem> problems) {
    Set<String> named = new LinkedHashSet<>();
    for (int i = 0; i < invoiceNos.size(); i++) {
      String field = "invoiceNos[" + i + "]";
      String invoiceNo = trimToNull(invoiceNos.get(i));
      if (invoiceNo == null) {
        problems.add(new FieldProblem(field, "must not be blank"));
        continue;
      }
      Optional<InvoiceFacts> invoice = ledger.invoice(invoiceNo);
      if (invoice.isEmpty()) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " does not exist"));
      } else if (customer.isPresent() && !invoice.get().customerNo().equals(customer.get().customerNo())) {
        problems.add(new FieldProblem(field,
            "invoice " + invoiceNo + " belongs to another customer than " + customer.get().customerNo()));
      } else {
        named.add(invoiceNo);
      }
    }
    return named;
  }

  private Complaint find(String complaintNo) {
    return complaints.findByComplaintNo(complaintNo).orElseThrow(() -> new ComplaintNotFoundException(complaintNo));
  }

  private static void decision(String field, Boolean value) {
    if (value == null) {
      throw new ComplaintInputException(field, "answer yes or no");
    }
  }

  private static void text(String field, String value, List<FieldProblem> problems) {
    if (blank(value)) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (value.trim().length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
    }
  }

  /** Money to 2 decimals half-up; null stays null; a negative amount is a problem. */
  private static BigDecimal money(String field, BigDecimal value, List<FieldProblem> problems) {
    if (value == null) {
      return null;
    }
    if (value.signum() < 0) {
      problems.add(new FieldProblem(field, "must not be negative"));
      return null;
    }
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ComplaintInputException(problems);
    }
  }

  private static String describe(Complaint complaint) {
    return lines(complaint.getCategory().label() + ": " + complaint.getDescription(),
        "Claim: " + complaint.getClaimAmount().toPlainString() + " " + complaint.getCurrency(),
        complaint.getInvoices().isEmpty() ? null : "Invoices: " + String.join(", ",
            complaint.getInvoices().stream().map(ComplaintInvoice::getInvoiceNo).toList()));
  }

  private static String lines(String... lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (!blank(line)) {
        kept.add(line.trim());
      }
    }
    String text = String.join("\n", kept);
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimToNull(String s) {
    return blank(s) ? null : s.trim();
  }

  private static String actor(String actor) {
    return blank(actor) ? "system" : actor;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
