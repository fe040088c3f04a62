package io.ardesk.ledger.document;

import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.ApprovalStatus;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.event.WriteOffRequested;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on write-offs asked for outside a collection case (the API): the request is recorded and
 * the invoice stays open until a supervisor other than the requester approves; the write-off is then
 * posted by {@link InvoiceService#writeOff} with that supervisor as approver. (A collection case
 * carries its own supervisor decision and calls {@link InvoiceService#writeOff} itself.)
 */
@Service
@Transactional
public class WriteOffApprovals {
  private final WriteOffRequestRepository requests;
  private final InvoiceService invoices;
  private final Supervisors supervisors;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WriteOffApprovals(WriteOffRequestRepository requests, InvoiceService invoices, Supervisors supervisors,
      ApplicationEventPublisher events, Clock clock) {
    this.requests = requests;
    this.invoices = invoices;
    this.supervisors = supervisors;
    this.events = events;
    this.clock = clock;
  }

  /** Records the request (reason required, invoice open, one pending request per invoice); nothing is written off yet. */
  public WriteOffRequest request(String invoiceNo, LocalDate date, String reason, String requester) {
    var invoice = invoices.get(invoiceNo);
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.required("reason", reason, problems);
    if (date != null) {
      DocumentRules.notBefore("date", date, invoice.getIssueDate(), "issue date", problems);
    }
    DocumentRules.throwIfAny(problems);
    if (!invoice.isOpen()) {
      throw new ConflictException("invoiceNo", "invoice " + invoiceNo + " has nothing open to write off");
    }
    if (requests.existsByInvoiceNoAndStatus(invoiceNo, ApprovalStatus.PENDING)) {
      throw new ConflictException("invoiceNo", "a write-off of invoice " + invoiceNo + " already waits for approval");
    }
    String number = "WOR-" + invoiceNo + "-" + (requests.countByInvoiceNo(invoiceNo) + 1);
    var request = requests.save(new WriteOffRequest(number, invoice, date, reason.trim(), requester, now()));
    events.publishEvent(new WriteOffRequested(number, invoiceNo, request.getCustomerNo(), requester));
    return request;
  }

  /** A supervisor other than the requester approves: the open amount is written off with that approver. */
  public CreditDocument approve(String requestNo, String approver, String approverReason) {
    var request = pending(requestNo);
    supervisors.checkSecondPerson(approver, request.getRequestedBy());
    var writeOff = invoices.writeOff(request.getInvoiceNo(), request.getWriteOffDate(), request.getReason(),
        approver, request.getRequestedBy());
    request.decide(ApprovalStatus.APPROVED, approver, blankToNull(approverReason), writeOff.getDocumentNo(), now());
    return writeOff;
  }

  /** A supervisor other than the requester refuses, with a reason; the invoice stays as it is. */
  public WriteOffRequest refuse(String requestNo, String approver, String approverReason) {
    var request = pending(requestNo);
    if (approverReason == null || approverReason.isBlank()) {
      throw new io.ardesk.ledger.InvalidInputException("reason", "a reason is required to refuse a write-off");
    }
    supervisors.checkSecondPerson(approver, request.getRequestedBy());
    request.decide(ApprovalStatus.REFUSED, approver, approverReason.trim(), null, now());
    return request;
  }

  @Transactional(readOnly = true)
  public WriteOffRequest get(String requestNo) {
    return requests.findByRequestNo(requestNo)
        .orElseThrow(() -> new NotFoundException("write-off request", "requestNo", requestNo));
  }

  private WriteOffRequest pending(String requestNo) {
    var request = get(requestNo);
    if (request.getStatus() != ApprovalStatus.PENDING) {
      throw new ApprovalRefusedException("requestNo", "write-off " + requestNo + " was already "
          + request.getStatus().name().toLowerCase() + " by " + request.getDecidedBy());
    }
    return request;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
