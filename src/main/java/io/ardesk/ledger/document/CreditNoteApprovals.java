package io.ardesk.ledger.document;

import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.ApprovalStatus;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.ControlsProperties;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Posted;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.event.CreditNoteRequested;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on credit notes (allowances, discounts) asked for by a person (the API): a reason is
 * required; the customer's reductions of the rolling window ({@link CreditReductions}) plus this one,
 * in the base currency at today's rate, above {@code ardesk.controls.credit-note-limit} (default 0:
 * always) make it a {@link CreditNoteRequest} that a supervisor other than the requester approves
 * before it is posted, with the approver and the request number on the document. Postings that carry
 * their own approval call {@link PaymentService#postCreditNote(NewCreditNote, String, String, String)}.
 */
@Service
@Transactional
public class CreditNoteApprovals {
  private final CreditNoteRequestRepository requests;
  private final PaymentService payments;
  private final CreditReductions reductions;
  private final ControlsProperties properties;
  private final Supervisors supervisors;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CreditNoteApprovals(CreditNoteRequestRepository requests, PaymentService payments, CreditReductions reductions,
      ControlsProperties properties, Supervisors supervisors, ApplicationEventPublisher events, Clock clock) {
    this.requests = requests;
    this.payments = payments;
    this.reductions = reductions;
    this.properties = properties;
    this.supervisors = supervisors;
    this.events = events;
    this.clock = clock;
  }

  /** Posted at once (within the limit, or the same number and content again), or waiting for a supervisor. */
  public record Outcome(Optional<Posted<CreditDocument>> posted, Optional<CreditNoteRequest> pending) {}

  /**
   * Checks the credit note like a posting (422 naming each bad field, a reason included), then posts it
   * when the window stays within the limit, else records the request (event {@link CreditNoteRequested}).
   * The same number posted with the same content is unchanged; a request already waiting with the same
   * content is answered again.
   */
  public Outcome request(NewCreditNote note, String requester) {
    var problems = new ArrayList<FieldProblem>();
    if (note.reason() == null || note.reason().isBlank()) {
      problems.add(new FieldProblem("reason", "is required: say why the customer owes less"));
    }
    PaymentService.Checked checked;
    try {
      checked = payments.checkCreditNote(note, requester);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      throw new InvalidInputException(problems);
    }
    DocumentRules.throwIfAny(problems);
    if (payments.creditNote(note.creditNoteNo()).isPresent()) {
      return new Outcome(Optional.of(payments.postCreditNote(note, requester)), Optional.empty());
    }
    var document = checked.document();
    var waiting = requests.findFirstByCreditNoteNoAndStatus(note.creditNoteNo(), ApprovalStatus.PENDING);
    if (waiting.isPresent()) {
      return new Outcome(Optional.empty(), Optional.of(sameOrConflict(waiting.get(), document)));
    }
    String customerNo = document.getCustomer().getCustomerNo();
    var counted = reductions.count(customerNo, document.getAmount(), document.getCurrency(), today());
    if (!counted.above(properties.creditNoteLimit())) {
      return new Outcome(Optional.of(payments.postCreditNote(note, requester, null,
          "within limit: " + counted.total().toPlainString() + " " + counted.baseCurrency())), Optional.empty());
    }
    String number = "CNR-" + customerNo + "-" + (requests.countByCustomerNo(customerNo) + 1);
    var request = requests.save(new CreditNoteRequest(number, new NewCreditNote(note.creditNoteNo(), customerNo,
        note.issueDate(), document.getAmount(), note.invoiceNo(), document.getCurrency(), note.reason()),
        document.getCurrency(), counted, properties.creditNoteLimit(), requester, now()));
    events.publishEvent(new CreditNoteRequested(number, customerNo, requester));
    return new Outcome(Optional.empty(), Optional.of(request));
  }

  /** A supervisor other than the requester approves: the credit note is posted with that approver. */
  public CreditDocument approve(String requestNo, String approver, String approverReason) {
    var request = pending(requestNo);
    supervisors.checkSecondPerson(approver, request.getRequestedBy());
    var posted = payments.postCreditNote(request.creditNote(), request.getRequestedBy(), approver, requestNo).value();
    request.decide(ApprovalStatus.APPROVED, approver, blankToNull(approverReason), now());
    return posted;
  }

  /** A supervisor other than the requester refuses, with a reason; nothing is posted. */
  public CreditNoteRequest refuse(String requestNo, String approver, String approverReason) {
    var request = pending(requestNo);
    if (approverReason == null || approverReason.isBlank()) {
      throw new InvalidInputException("decisionReason", "a reason is required to refuse a credit note");
    }
    supervisors.checkSecondPerson(approver, request.getRequestedBy());
    request.decide(ApprovalStatus.REFUSED, approver, approverReason.trim(), now());
    return request;
  }

  @Transactional(readOnly = true)
  public CreditNoteRequest get(String requestNo) {
    return requests.findByRequestNo(requestNo)
        .orElseThrow(() -> new NotFoundException("credit note request", "requestNo", requestNo));
  }

  private static CreditNoteRequest sameOrConflict(CreditNoteRequest waiting, CreditDocument asked) {
    boolean same = waiting.getCustomerNo().equals(asked.getCustomer().getCustomerNo())
        && waiting.getAmount().compareTo(asked.getAmount()) == 0
        && waiting.getCurrency().equals(asked.getCurrency())
        && waiting.getIssueDate().equals(asked.getDocumentDate());
    if (!same) {
      throw new ConflictException("creditNoteNo", "credit note " + waiting.getCreditNoteNo()
          + " waits for approval (" + waiting.getRequestNo() + ") with other content");
    }
    return waiting;
  }

  private CreditNoteRequest pending(String requestNo) {
    var request = get(requestNo);
    if (request.getStatus() != ApprovalStatus.PENDING) {
      throw new ApprovalRefusedException("requestNo", "credit note " + requestNo + " was already "
          + request.getStatus().name().toLowerCase() + " by " + request.getDecidedBy());
    }
    return request;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
