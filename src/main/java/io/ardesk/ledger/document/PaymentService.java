package io.ardesk.ledger.document;

import static io.ardesk.ledger.document.DocumentRules.currencyOf;
import static io.ardesk.ledger.document.DocumentRules.sameAmount;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Posted;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.event.CreditNotePosted;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentReversed;
import io.ardesk.ledger.event.RiskSignalRecorded;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments, credit notes and payment reversals (DOMAIN.md §4). */
@Service
@Transactional
public class PaymentService {
  private final CreditDocumentRepository credits;
  private final InvoiceRepository invoices;
  private final AllocationRepository allocations;
  private final CustomerRepository customers;
  private final RiskSignalRepository signals;
  private final Allocator allocator;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PaymentService(CreditDocumentRepository credits, InvoiceRepository invoices,
      AllocationRepository allocations, CustomerRepository customers, RiskSignalRepository signals,
      Allocator allocator, ApplicationEventPublisher events, Clock clock) {
    this.credits = credits;
    this.invoices = invoices;
    this.allocations = allocations;
    this.customers = customers;
    this.signals = signals;
    this.allocator = allocator;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Posts and allocates a payment: the named invoices first, then the oldest open undisputed items;
   * the rest stays on account. Same number and content again is a no-op.
   */
  public Posted<CreditDocument> postPayment(NewPayment request, String actor) {
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.number("paymentNo", request.paymentNo(), problems);
    Customer customer = DocumentRules.customer(customers, request.customerNo(), problems);
    DocumentRules.required("paymentDate", request.paymentDate(), problems);
    DocumentRules.positive("amount", request.amount(), problems);
    DocumentRules.currency(request.currency(), problems);
    List<Invoice> named = named("invoiceNos", request.invoiceNos(), customer, request.currency(), problems);
    DocumentRules.throwIfAny(problems);
    var payment = new CreditDocument(request.paymentNo(), CreditKind.PAYMENT, customer, request.paymentDate(),
        Amounts.round(request.amount()), currencyOf(request.currency(), customer), now(), actor)
        .withDetails(request.method(), request.invoiceNos(), null, null, null);
    var existing = credits.findByKindAndDocumentNo(CreditKind.PAYMENT, request.paymentNo());
    if (existing.isPresent()) {
      return unchangedOrConflict(existing.get(), payment, "paymentNo");
    }
    credits.save(payment);
    var result = allocator.allocate(payment, named);
    events.publishEvent(new PaymentPosted(customer.getCustomerNo(), payment.getDocumentNo(),
        payment.getDocumentDate(), payment.getAmount(), result.allocatedInvoiceNos(),
        result.settledInvoiceNos(), payment.getUnappliedAmount()));
    return Posted.created(payment);
  }

  /** Posts a credit note: reduces the invoice it names, the rest goes to the oldest items or on account. */
  public Posted<CreditDocument> postCreditNote(NewCreditNote request, String actor) {
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.number("creditNoteNo", request.creditNoteNo(), problems);
    Customer customer = DocumentRules.customer(customers, request.customerNo(), problems);
    DocumentRules.required("issueDate", request.issueDate(), problems);
    DocumentRules.positive("amount", request.amount(), problems);
    DocumentRules.currency(request.currency(), problems);
    var refs = request.invoiceNo() == null || request.invoiceNo().isBlank()
        ? List.<String>of() : List.of(request.invoiceNo());
    List<Invoice> named = named("invoiceNo", refs, customer, request.currency(), problems);
    DocumentRules.throwIfAny(problems);
    var note = new CreditDocument(request.creditNoteNo(), CreditKind.CREDIT_NOTE, customer, request.issueDate(),
        Amounts.round(request.amount()), currencyOf(request.currency(), customer), now(), actor)
        .withDetails(null, refs, request.reason(), null, null);
    var existing = credits.findByKindAndDocumentNo(CreditKind.CREDIT_NOTE, request.creditNoteNo());
    if (existing.isPresent()) {
      return unchangedOrConflict(existing.get(), note, "creditNoteNo");
    }
    credits.save(note);
    var result = allocator.allocate(note, named);
    events.publishEvent(new CreditNotePosted(customer.getCustomerNo(), note.getDocumentNo(), note.getAmount(),
        result.allocatedInvoiceNos(), result.settledInvoiceNos(), note.getUnappliedAmount()));
    return Posted.created(note);
  }

  /**
   * Reverses a payment (a bounced cheque, 空頭支票) as of {@code date}: its allocations are undone by
   * negative allocations dated {@code date}, the invoices reopen, nothing of it stays on account,
   * and a risk signal is recorded. A payment is reversed at most once.
   */
  public CreditDocument reversePayment(String paymentNo, LocalDate date, String reason, String actor) {
    var payment = getPayment(paymentNo);
    if (credits.findByKindAndDocumentNo(CreditKind.REVERSAL, paymentNo).isPresent()) {
      throw new ConflictException("paymentNo", "payment " + paymentNo + " is already reversed");
    }
    LocalDate on = date == null ? LocalDate.now(clock) : date;
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.notBefore("reversalDate", on, payment.getDocumentDate(), "payment date", problems);
    DocumentRules.throwIfAny(problems);
    var reversal = credits.save(new CreditDocument(paymentNo, CreditKind.REVERSAL, payment.getCustomer(), on,
        payment.getAmount(), payment.getCurrency(), now(), actor)
        .withDetails(payment.getMethod(), null, reason, null, payment));
    reversal.cancelUnapplied();
    Map<Invoice, BigDecimal> applied = new LinkedHashMap<>();
    for (Allocation a : allocations.findByCreditDocument(payment)) {
      applied.merge(a.getInvoice(), a.getAmount(), BigDecimal::add);
    }
    var reopened = new ArrayList<String>();
    applied.forEach((invoice, amount) -> {
      if (amount.signum() > 0) {
        invoice.reopen(amount, on);
        allocator.post(reversal, invoice, amount.negate(), on);
        reopened.add(invoice.getInvoiceNo());
      }
    });
    payment.cancelUnapplied();
    String customerNo = payment.getCustomer().getCustomerNo();
    String code = payment.getMethod() == PaymentMethod.CHEQUE ? RiskSignal.BOUNCED_CHEQUE : RiskSignal.PAYMENT_REVERSED;
    signals.save(new RiskSignal(payment.getCustomer(), code, paymentNo, on, now(), actor));
    events.publishEvent(new PaymentReversed(customerNo, paymentNo, on, payment.getAmount(), reopened, reason));
    events.publishEvent(new RiskSignalRecorded(customerNo, code, paymentNo, on));
    allocator.applyOnAccount(payment.getCustomer(), payment.getCurrency());
    return reversal;
  }

  @Transactional(readOnly = true)
  public CreditDocument getPayment(String paymentNo) {
    return credits
        .findByKindAndDocumentNo(CreditKind.PAYMENT, paymentNo)
        .orElseThrow(() -> new NotFoundException("payment", "paymentNo", paymentNo));
  }

  @Transactional(readOnly = true)
  public List<Allocation> allocations(CreditDocument document) {
    return allocations.findByCreditDocument(document);
  }

  /** Records a risk signal the ledger's users see (e.g. a broken promise from collections). */
  public void recordRiskSignal(String customerNo, String code, String reference, LocalDate on, String actor) {
    var customer = customers.findByCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
    signals.save(new RiskSignal(customer, code, reference, on, now(), actor));
    events.publishEvent(new RiskSignalRecorded(customerNo, code, reference, on));
  }

  private List<Invoice> named(String field, List<String> invoiceNos, Customer customer, String currency,
      List<FieldProblem> problems) {
    var named = new ArrayList<Invoice>();
    for (String invoiceNo : invoiceNos) {
      var invoice = invoices.findByInvoiceNo(invoiceNo).orElse(null);
      if (invoice == null) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " does not exist"));
      } else if (customer != null && !invoice.getCustomer().getId().equals(customer.getId())) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " belongs to another customer"));
      } else if (customer != null && !invoice.getCurrency().equals(currencyOf(currency, customer))) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " is in " + invoice.getCurrency()));
      } else {
        named.add(invoice);
      }
    }
    return named;
  }

  private static Posted<CreditDocument> unchangedOrConflict(CreditDocument existing, CreditDocument requested,
      String field) {
    boolean same = existing.getCustomer().getId().equals(requested.getCustomer().getId())
        && existing.getDocumentDate().equals(requested.getDocumentDate())
        && sameAmount(existing.getAmount(), requested.getAmount())
        && existing.getCurrency().equals(requested.getCurrency())
        && existing.invoiceNos().equals(requested.invoiceNos())
        && Objects.equals(existing.getMethod(), requested.getMethod());
    if (!same) {
      throw new ConflictException(field, existing.getKind().name().toLowerCase().replace('_', ' ') + " "
          + existing.getDocumentNo() + " exists with other content");
    }
    return Posted.unchanged(existing);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
