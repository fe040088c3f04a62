package io.ardesk.ledger.document;

import static io.ardesk.ledger.BatchOutcome.lookUp;
import static io.ardesk.ledger.document.DocumentRules.currencyOf;
import static io.ardesk.ledger.document.DocumentRules.numbers;
import static io.ardesk.ledger.document.DocumentRules.sameAmount;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.BatchOutcome;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Posted;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.event.CreditNotePosted;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentsImported;
import io.ardesk.ledger.event.PaymentReversed;
import io.ardesk.ledger.event.RiskSignalRecorded;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments, credit notes and payment reversals (docs/domain.md §4). */
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
  private final DocumentRows rows;
  private final EntityManager entityManager;

  PaymentService(CreditDocumentRepository credits, InvoiceRepository invoices,
      AllocationRepository allocations, CustomerRepository customers, RiskSignalRepository signals,
      Allocator allocator, ApplicationEventPublisher events, Clock clock, DocumentRows rows,
      EntityManager entityManager) {
    this.credits = credits;
    this.invoices = invoices;
    this.allocations = allocations;
    this.customers = customers;
    this.signals = signals;
    this.allocator = allocator;
    this.events = events;
    this.clock = clock;
    this.rows = rows;
    this.entityManager = entityManager;
  }

  /**
   * Posts and allocates a payment: the named invoices first, then the oldest open undisputed items;
   * the rest stays on account. Same number and content again is a no-op.
   */
  public Posted<CreditDocument> postPayment(NewPayment request, String actor) {
    var payment = paymentOf(request, customers::lockByCustomerNo, invoices::findByInvoiceNo, actor);
    var existing = credits.findByKindAndDocumentNo(CreditKind.PAYMENT, request.paymentNo());
    if (existing.isPresent()) {
      return unchangedOrConflict(existing.get(), payment.document(), "paymentNo");
    }
    credits.save(payment.document());
    var result = allocator.allocate(payment.document(), payment.named());
    events.publishEvent(posted(payment.document(), result));
    return Posted.created(payment.document());
  }

  /**
   * Posts the payments of one import chunk by the rules of {@link #postPayment}, request by request
   * in order (a number twice in the chunk: the second is unchanged or a conflict), with a few
   * statements for the whole chunk: one look-up each for the customers, the numbers, the named
   * invoices and the collectable items of all the chunk's customers; batched inserts of payments and
   * allocations, the invoices' new balances in one statement (no query between the rows, so no
   * automatic flush either). The persistence context is flushed and cleared before one
   * {@link PaymentsImported} event with the chunk's payments is published (listeners work per customer,
   * not per payment).
   */
  public List<BatchOutcome> importAll(List<NewPayment> requests, String actor) {
    Map<String, Customer> byNo = new HashMap<>();
    lookUp(numbers(requests, NewPayment::customerNo), customers::lockByCustomerNoIn)
        .forEach(c -> byNo.put(c.getCustomerNo(), c));
    Map<String, CreditDocument> known = new HashMap<>();
    lookUp(numbers(requests, NewPayment::paymentNo), credits::findByDocumentNoIn).stream()
        .filter(d -> d.getKind() == CreditKind.PAYMENT).forEach(p -> known.put(p.getDocumentNo(), p));
    Map<String, Invoice> named = new HashMap<>();
    var namedNos = requests.stream().flatMap(r -> r.invoiceNos().stream()).collect(Collectors.toSet());
    lookUp(namedNos, invoices::findByInvoiceNoIn).forEach(i -> named.put(i.getInvoiceNo(), i));
    // every collectable item of the chunk's customers in one look-up, by customer and currency in
    // allocation order (the named invoices among them are the same managed objects)
    Map<String, List<Invoice>> collectable = new HashMap<>();
    lookUp(byNo.values().stream().map(Customer::getId).toList(), invoices::findCollectableOfCustomers)
        .forEach(i -> collectable.computeIfAbsent(collectableKey(i.getCustomer(), i.getCurrency()),
            key -> new ArrayList<>()).add(i));
    var created = new ArrayList<CreditDocument>();
    var allocated = new ArrayList<Allocation>();
    var posted = new ArrayList<PaymentPosted>();
    var outcomes = new ArrayList<BatchOutcome>(requests.size());
    for (NewPayment request : requests) {
      try {
        var payment = paymentOf(request, DocumentRules.in(byNo), DocumentRules.in(named), actor);
        var document = payment.document();
        var existing = known.get(document.getDocumentNo());
        if (existing != null) {
          unchangedOrConflict(existing, document, "paymentNo");
          outcomes.add(BatchOutcome.UNCHANGED);
          continue;
        }
        known.put(document.getDocumentNo(), document);
        var result = allocator.allocate(document, payment.named(),
            () -> collectable.getOrDefault(collectableKey(document.getCustomer(), document.getCurrency()),
                List.of()),
            allocated::add);
        created.add(document);
        posted.add(posted(document, result));
        outcomes.add(BatchOutcome.CREATED);
      } catch (InvalidInputException | ConflictException e) {
        outcomes.add(BatchOutcome.refused(e));
      }
    }
    rows.insertCredits(created);
    rows.insertAllocations(allocated);
    // the balances go out in one statement (PostgreSQL); the invoices leave the persistence context
    // so that its flush does not write them a second time
    List<Invoice> changed = allocated.stream().map(Allocation::getInvoice).distinct().toList();
    rows.updateBalances(changed);
    changed.forEach(entityManager::detach);
    entityManager.flush();
    entityManager.clear();
    if (!posted.isEmpty()) {
      events.publishEvent(new PaymentsImported(posted));
    }
    return outcomes;
  }

  private static String collectableKey(Customer customer, String currency) {
    return customer.getId() + " " + currency;
  }

  /** A payment as a request describes it, checked, with the invoices it names; not saved yet. */
  record Checked(CreditDocument document, List<Invoice> named) {}

  private Checked paymentOf(NewPayment request, Function<String, Optional<Customer>> customerOf,
      Function<String, Optional<Invoice>> invoiceOf, String actor) {
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.number("paymentNo", request.paymentNo(), problems);
    Customer customer = DocumentRules.customer(customerOf, request.customerNo(), problems);
    DocumentRules.required("paymentDate", request.paymentDate(), problems);
    DocumentRules.positive("amount", request.amount(), problems);
    DocumentRules.currency(request.currency(), problems);
    List<Invoice> named = named("invoiceNos", request.invoiceNos(), invoiceOf, customer, request.currency(),
        problems);
    DocumentRules.throwIfAny(problems);
    var payment = new CreditDocument(request.paymentNo(), CreditKind.PAYMENT, customer, request.paymentDate(),
        Amounts.round(request.amount()), currencyOf(request.currency(), customer), now(), actor)
        .withDetails(request.method(), request.invoiceNos(), null, null, null);
    return new Checked(payment, named);
  }

  private static PaymentPosted posted(CreditDocument payment, Allocator.Result result) {
    return new PaymentPosted(payment.getCustomer().getCustomerNo(), payment.getDocumentNo(),
        payment.getDocumentDate(), payment.getAmount(), result.allocatedInvoiceNos(),
        result.settledInvoiceNos(), payment.getUnappliedAmount());
  }

  /**
   * Posts a credit note: reduces the invoice it names; the rest (all of it when it names none) stays
   * on account until the next allocation uses it (docs/domain.md §4). This is the internal primitive for
   * postings that carry their approval (an approved complaint credit note, offer or extension outcome);
   * a credit note asked for by a person goes through {@link CreditNoteApprovals}.
   */
  public Posted<CreditDocument> postCreditNote(NewCreditNote request, String actor) {
    return postCreditNote(request, actor, null, null);
  }

  /**
   * {@link #postCreditNote(NewCreditNote, String)} with the approval the posting carries: the second
   * person ({@code approver}, may be null where the approval is a rule's) and what approved it
   * ({@code approvalRef}: a request number, a complaint, an offer, an extension).
   */
  public Posted<CreditDocument> postCreditNote(NewCreditNote request, String actor, String approver,
      String approvalRef) {
    var checked = checkCreditNote(request, actor);
    var note = checked.document().approvedAs(approver, approvalRef);
    var existing = credits.findByKindAndDocumentNo(CreditKind.CREDIT_NOTE, request.creditNoteNo());
    if (existing.isPresent()) {
      return unchangedOrConflict(existing.get(), note, "creditNoteNo");
    }
    credits.save(note);
    var result = allocator.allocateNamed(note, checked.named());
    events.publishEvent(new CreditNotePosted(note.getCustomer().getCustomerNo(), note.getDocumentNo(),
        note.getAmount(), result.allocatedInvoiceNos(), result.settledInvoiceNos(), note.getUnappliedAmount()));
    return Posted.created(note);
  }

  /** The credit note a request describes, checked (422 naming every bad field); not saved. */
  Checked checkCreditNote(NewCreditNote request, String actor) {
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.number("creditNoteNo", request.creditNoteNo(), problems);
    Customer customer = DocumentRules.customer(customers::lockByCustomerNo, request.customerNo(), problems);
    DocumentRules.required("issueDate", request.issueDate(), problems);
    DocumentRules.positive("amount", request.amount(), problems);
    DocumentRules.currency(request.currency(), problems);
    var refs = request.invoiceNo() == null || request.invoiceNo().isBlank()
        ? List.<String>of() : List.of(request.invoiceNo());
    List<Invoice> named = named("invoiceNo", refs, invoices::findByInvoiceNo, customer, request.currency(), problems);
    DocumentRules.throwIfAny(problems);
    var note = new CreditDocument(request.creditNoteNo(), CreditKind.CREDIT_NOTE, customer, request.issueDate(),
        Amounts.round(request.amount()), currencyOf(request.currency(), customer), now(), actor)
        .withDetails(null, refs, request.reason(), null, null);
    return new Checked(note, named);
  }

  /** The payment posted under this number, if any. */
  @Transactional(readOnly = true)
  public Optional<CreditDocument> payment(String paymentNo) {
    return credits.findByKindAndDocumentNo(CreditKind.PAYMENT, paymentNo);
  }

  /** The credit note posted under this number, if any. */
  @Transactional(readOnly = true)
  public Optional<CreditDocument> creditNote(String creditNoteNo) {
    return credits.findByKindAndDocumentNo(CreditKind.CREDIT_NOTE, creditNoteNo);
  }

  /**
   * Reverses a payment (a bounced cheque, 空頭支票) as of {@code date}: its allocations are undone by
   * negative allocations dated {@code date}, the invoices reopen, nothing of it stays on account,
   * and a risk signal is recorded. A payment is reversed at most once.
   */
  public CreditDocument reversePayment(String paymentNo, LocalDate date, String reason, String actor) {
    var payment = getPayment(paymentNo);
    customers.lockByCustomerNo(payment.getCustomer().getCustomerNo());
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
    List<String> reopened = undoAllocations(payment, reversal, on);
    payment.cancelUnapplied();
    String customerNo = payment.getCustomer().getCustomerNo();
    String code = payment.getMethod() == PaymentMethod.CHEQUE ? RiskSignal.BOUNCED_CHEQUE : RiskSignal.PAYMENT_REVERSED;
    signals.save(new RiskSignal(payment.getCustomer(), code, paymentNo, on, now(), actor));
    events.publishEvent(new PaymentReversed(customerNo, paymentNo, on, payment.getAmount(), reopened, reason));
    events.publishEvent(new RiskSignalRecorded(customerNo, code, paymentNo, on));
    allocator.applyOnAccount(payment.getCustomer(), payment.getCurrency(), on);
    return reversal;
  }

  /**
   * Reverses a credit note as of {@code date} (a cash discount falls with the payment that earned it,
   * docs/domain.md §4): a reversal under the credit note's number undoes its allocations by negative
   * allocations dated {@code date}, the invoices reopen, nothing of it stays on account. Once: asked
   * again, the reversal already made is answered and nothing is posted.
   */
  public CreditDocument reverseCreditNote(String creditNoteNo, LocalDate date, String reason, String actor) {
    var note = creditNote(creditNoteNo)
        .orElseThrow(() -> new NotFoundException("credit note", "creditNoteNo", creditNoteNo));
    customers.lockByCustomerNo(note.getCustomer().getCustomerNo());
    var done = credits.findByKindAndDocumentNo(CreditKind.REVERSAL, creditNoteNo);
    if (done.isPresent()) {
      if (done.get().getReverses() != null && done.get().getReverses().getId().equals(note.getId())) {
        return done.get();
      }
      throw new ConflictException("creditNoteNo", "a reversal numbered " + creditNoteNo + " exists for another document");
    }
    LocalDate on = date == null ? LocalDate.now(clock) : date;
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.notBefore("reversalDate", on, note.getDocumentDate(), "credit note date", problems);
    DocumentRules.throwIfAny(problems);
    var reversal = credits.save(new CreditDocument(creditNoteNo, CreditKind.REVERSAL, note.getCustomer(), on,
        note.getAmount(), note.getCurrency(), now(), actor).withDetails(null, null, reason, null, note));
    reversal.cancelUnapplied();
    undoAllocations(note, reversal, on);
    note.cancelUnapplied();
    return reversal;
  }

  /**
   * Undoes what {@code original} settled, as of {@code on}: each invoice it was allocated to reopens by
   * that amount, through a negative allocation of {@code reversal}. Returns the reopened invoices.
   */
  private List<String> undoAllocations(CreditDocument original, CreditDocument reversal, LocalDate on) {
    Map<Invoice, BigDecimal> applied = new LinkedHashMap<>();
    for (Allocation a : allocations.findByCreditDocument(original)) {
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
    return reopened;
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

  private static List<Invoice> named(String field, List<String> invoiceNos,
      Function<String, Optional<Invoice>> invoiceOf, Customer customer, String currency, List<FieldProblem> problems) {
    var named = new ArrayList<Invoice>();
    for (String invoiceNo : invoiceNos) {
      var invoice = invoiceOf.apply(invoiceNo).orElse(null);
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
