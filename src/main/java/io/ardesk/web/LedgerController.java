package io.ardesk.web;

import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.Limits;
import io.ardesk.ledger.Posted;
import io.ardesk.ledger.document.CreditDocument;
import io.ardesk.ledger.document.CreditNoteApprovals;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCharge;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.document.WriteOffApprovals;
import io.ardesk.web.DocumentViews.CreditView;
import io.ardesk.web.DocumentViews.InvoiceView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ledger documents over HTTP (docs/domain.md §4). Posting the same number with the same content again
 * answers 200 and changes nothing; with other content 409.
 */
@RestController
@RequestMapping("/api")
public class LedgerController {
  private final InvoiceService invoices;
  private final PaymentService payments;
  private final WriteOffApprovals writeOffs;
  private final CreditNoteApprovals creditNotes;

  LedgerController(InvoiceService invoices, PaymentService payments, WriteOffApprovals writeOffs,
      CreditNoteApprovals creditNotes) {
    this.invoices = invoices;
    this.payments = payments;
    this.writeOffs = writeOffs;
    this.creditNotes = creditNotes;
  }

  public record ReversalRequest(LocalDate reversalDate, @Size(max = Limits.REASON) String reason) {}

  /** {@code approver} is no longer taken from the body (422 when given): the approving supervisor is. */
  public record WriteOffRequest(LocalDate date, @Size(max = Limits.REASON) String reason,
      @Size(max = Limits.USER_ID) String approver) {}

  @PostMapping("/invoices")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Post an invoice; due date defaults to issue date + the customer's payment terms")
  @Transactional
  public ResponseEntity<InvoiceView> postInvoice(@RequestBody @Valid NewInvoice request, Authentication caller) {
    var posted = invoices.postInvoice(request, caller.getName());
    return ResponseEntity.status(status(posted)).body(InvoiceView.of(posted.value()));
  }

  @PostMapping("/charges")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Post a charge (debit note: penalty interest, penalty) with its own due date")
  @Transactional
  public ResponseEntity<InvoiceView> postCharge(@RequestBody @Valid NewCharge request, Authentication caller) {
    var posted = invoices.postCharge(request, caller.getName());
    return ResponseEntity.status(status(posted)).body(InvoiceView.of(posted.value()));
  }

  @GetMapping("/invoices/{invoiceNo}")
  @PreAuthorize(Roles.READ)
  @Transactional(readOnly = true)
  public InvoiceView invoice(@PathVariable String invoiceNo) {
    return InvoiceView.of(invoices.get(invoiceNo));
  }

  @PostMapping("/payments")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Post a payment: named invoices first, then oldest effective due date first "
      + "(disputed items skipped), the rest on account")
  @Transactional
  public ResponseEntity<CreditView> postPayment(@RequestBody @Valid NewPayment request, Authentication caller) {
    var posted = payments.postPayment(request, caller.getName());
    return ResponseEntity.status(status(posted)).body(view(posted.value()));
  }

  @GetMapping("/payments/{paymentNo}")
  @PreAuthorize(Roles.READ)
  @Transactional(readOnly = true)
  public CreditView payment(@PathVariable String paymentNo) {
    return view(payments.getPayment(paymentNo));
  }

  @PostMapping("/credit-notes")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Ask for a credit note (allowance, discount) with a reason: within ardesk.controls.credit-note-limit "
      + "(the customer's 30 days in the base currency) it is posted (201); above it (default: always) 202, a supervisor "
      + "other than the requester approves in Tasklist (process credit-note-approval) and only then is it posted")
  @Transactional
  public ResponseEntity<?> postCreditNote(@RequestBody @Valid NewCreditNote request, Authentication caller) {
    var outcome = creditNotes.request(request, caller.getName());
    if (outcome.pending().isPresent()) {
      var pending = outcome.pending().get();
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .header("Location", "/api/credit-note-requests/" + pending.getRequestNo())
          .body(CreditNotePending.of(pending));
    }
    var posted = outcome.posted().orElseThrow();
    return ResponseEntity.status(status(posted)).body(view(posted.value()));
  }

  @GetMapping("/credit-note-requests/{requestNo}")
  @PreAuthorize(Roles.READ)
  @Operation(summary = "A credit note waiting for (or decided by) a supervisor")
  public CreditNotePending creditNoteRequest(@PathVariable String requestNo) {
    return CreditNotePending.of(creditNotes.get(requestNo));
  }

  /** A credit note request as the API shows it, with what was counted against the limit. */
  public record CreditNotePending(String requestNo, String creditNoteNo, String customerNo, BigDecimal amount,
      String currency, String invoiceNo, String status, String requestedBy, String reason, BigDecimal countedInBase,
      String baseCurrency, BigDecimal creditNoteLimit, String decidedBy, String decisionReason) {
    static CreditNotePending of(io.ardesk.ledger.document.CreditNoteRequest r) {
      return new CreditNotePending(r.getRequestNo(), r.getCreditNoteNo(), r.getCustomerNo(), r.getAmount(),
          r.getCurrency(), r.getInvoiceNo(), r.getStatus().name(), r.getRequestedBy(), r.getReason(),
          r.getCountedInBase(), r.getBaseCurrency(), r.getCreditLimit(), r.getDecidedBy(), r.getDecisionReason());
    }
  }

  @PostMapping("/payments/{paymentNo}/reversal")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Reverse a payment (bounced cheque): its invoices reopen and a risk signal is recorded")
  @Transactional
  public ResponseEntity<CreditView> reverse(@PathVariable String paymentNo, @RequestBody @Valid ReversalRequest request,
      Authentication caller) {
    CreditDocument reversal = payments.reversePayment(paymentNo, request.reversalDate(), request.reason(),
        caller.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(reversal));
  }

  @PostMapping("/invoices/{invoiceNo}/write-off")
  @PreAuthorize(Roles.WRITE_DOCUMENTS)
  @Operation(summary = "Ask to write the open amount off as bad debt, with a reason: 202, a supervisor other "
      + "than the requester approves in Tasklist (process write-off-approval); the invoice stays open until then")
  @Transactional
  public ResponseEntity<WriteOffPending> writeOff(@PathVariable String invoiceNo, @RequestBody @Valid WriteOffRequest request,
      Authentication caller) {
    if (request.approver() != null) {
      throw new InvalidInputException("approver",
          "is not accepted: the supervisor who approves the request in Tasklist is the approver");
    }
    var pending = writeOffs.request(invoiceNo, request.date(), request.reason(), caller.getName());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .header("Location", "/api/write-off-requests/" + pending.getRequestNo())
        .body(WriteOffPending.of(pending));
  }

  @GetMapping("/write-off-requests/{requestNo}")
  @PreAuthorize(Roles.READ)
  @Operation(summary = "A write-off waiting for (or decided by) a supervisor")
  public WriteOffPending writeOffRequest(@PathVariable String requestNo) {
    return WriteOffPending.of(writeOffs.get(requestNo));
  }

  /** A write-off request as the API shows it. */
  public record WriteOffPending(String requestNo, String invoiceNo, String customerNo, BigDecimal openAmount,
      String currency, String status, String requestedBy, String reason, String decidedBy, String decisionReason,
      String writeOffNo) {
    static WriteOffPending of(io.ardesk.ledger.document.WriteOffRequest r) {
      return new WriteOffPending(r.getRequestNo(), r.getInvoiceNo(), r.getCustomerNo(), r.getOpenAmount(),
          r.getCurrency(), r.getStatus().name(), r.getRequestedBy(), r.getReason(), r.getDecidedBy(),
          r.getDecisionReason(), r.getWriteOffNo());
    }
  }

  private CreditView view(CreditDocument document) {
    return CreditView.of(document, payments.allocations(document));
  }

  private static HttpStatus status(Posted<?> posted) {
    return posted.created() ? HttpStatus.CREATED : HttpStatus.OK;
  }
}
