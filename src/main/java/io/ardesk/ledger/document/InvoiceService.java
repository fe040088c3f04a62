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
import io.ardesk.ledger.event.EffectiveDueDateChanged;
import io.ardesk.ledger.event.InvoiceDisputeResolved;
import io.ardesk.ledger.event.InvoiceDisputed;
import io.ardesk.ledger.event.InvoicePosted;
import io.ardesk.ledger.event.InvoiceWrittenOff;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invoices and charges: posting, disputes, extensions and write-offs (docs/domain.md §4). */
@Service
@Transactional
public class InvoiceService {
  static final String SYSTEM = "system";

  private final InvoiceRepository invoices;
  private final InvoiceChangeRepository changes;
  private final CreditDocumentRepository credits;
  private final CustomerRepository customers;
  private final Allocator allocator;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final DocumentRows rows;
  private final EntityManager entityManager;

  InvoiceService(InvoiceRepository invoices, InvoiceChangeRepository changes,
      CreditDocumentRepository credits, CustomerRepository customers, Allocator allocator,
      ApplicationEventPublisher events, Clock clock, DocumentRows rows, EntityManager entityManager) {
    this.invoices = invoices;
    this.changes = changes;
    this.credits = credits;
    this.customers = customers;
    this.allocator = allocator;
    this.events = events;
    this.clock = clock;
    this.rows = rows;
    this.entityManager = entityManager;
  }

  /**
   * Posts an invoice; what the customer has on account is applied to it at once. The same number
   * with the same content is a no-op, with other content a {@link ConflictException}.
   */
  public Posted<Invoice> postInvoice(NewInvoice request, String actor) {
    return post(invoiceOf(request, customers::findByCustomerNo, actor));
  }

  /**
   * Posts the invoices of one import chunk by the rules of {@link #postInvoice}, request by request
   * in order (a number twice in the chunk: the second is unchanged or a conflict), with a few
   * statements for the whole chunk: one look-up each for the customers, the numbers and the
   * customers with credit on account, and batched inserts. Only the invoices of a customer with
   * credit on account are saved one by one, each followed by the allocation of that credit. The
   * persistence context is flushed and cleared before the {@link InvoicePosted} events are
   * published, in order.
   */
  public List<BatchOutcome> importAll(List<NewInvoice> requests, String actor) {
    Map<String, Customer> byNo = new HashMap<>();
    lookUp(numbers(requests, NewInvoice::customerNo), customers::findByCustomerNoIn)
        .forEach(c -> byNo.put(c.getCustomerNo(), c));
    Map<String, Invoice> known = new HashMap<>();
    lookUp(numbers(requests, NewInvoice::invoiceNo), invoices::findByInvoiceNoIn)
        .forEach(i -> known.put(i.getInvoiceNo(), i));
    Set<Long> withCredit = new HashSet<>(lookUp(byNo.values().stream().map(Customer::getId).toList(),
        credits::findCustomersWithCreditOnAccount));
    var batched = new ArrayList<Invoice>();
    var posted = new ArrayList<InvoicePosted>();
    var outcomes = new ArrayList<BatchOutcome>(requests.size());
    for (NewInvoice request : requests) {
      try {
        var invoice = invoiceOf(request, DocumentRules.in(byNo), actor);
        var existing = known.get(invoice.getInvoiceNo());
        if (existing != null) {
          unchangedOrConflict(existing, invoice);
          outcomes.add(BatchOutcome.UNCHANGED);
          continue;
        }
        known.put(invoice.getInvoiceNo(), invoice);
        if (withCredit.contains(invoice.getCustomer().getId())) {
          saveAndApplyOnAccount(invoice);
        } else {
          batched.add(invoice);
        }
        posted.add(posted(invoice));
        outcomes.add(BatchOutcome.CREATED);
      } catch (InvalidInputException | ConflictException e) {
        outcomes.add(BatchOutcome.refused(e));
      }
    }
    rows.insertInvoices(batched);
    entityManager.flush();
    entityManager.clear();
    posted.forEach(events::publishEvent);
    return outcomes;
  }

  /** The invoice a request describes, checked by the rules every invoice keeps; not saved yet. */
  private Invoice invoiceOf(NewInvoice request, Function<String, Optional<Customer>> customerOf, String actor) {
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.number("invoiceNo", request.invoiceNo(), problems);
    Customer customer = DocumentRules.customer(customerOf, request.customerNo(), problems);
    DocumentRules.required("issueDate", request.issueDate(), problems);
    DocumentRules.positive("amount", request.amount(), problems);
    DocumentRules.currency(request.currency(), problems);
    DocumentRules.notBefore("dueDate", request.dueDate(), request.issueDate(), "issue date", problems);
    DocumentRules.throwIfAny(problems);
    LocalDate due = request.dueDate() != null
        ? request.dueDate()
        : request.issueDate().plusDays(customer.getPaymentTermsDays());
    return new Invoice(request.invoiceNo(), InvoiceKind.INVOICE, customer, blankToNull(request.contractNo()),
        request.issueDate(), due, Amounts.round(request.amount()), currencyOf(request.currency(), customer),
        null, now(), actor);
  }

  /** Posts a charge (penalty interest, penalty) with its own due date. */
  public Posted<Invoice> postCharge(NewCharge request, String actor) {
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.number("chargeNo", request.chargeNo(), problems);
    Customer customer = DocumentRules.customer(customers::findByCustomerNo, request.customerNo(), problems);
    DocumentRules.required("issueDate", request.issueDate(), problems);
    DocumentRules.required("dueDate", request.dueDate(), problems);
    DocumentRules.positive("amount", request.amount(), problems);
    DocumentRules.currency(request.currency(), problems);
    DocumentRules.notBefore("dueDate", request.dueDate(), request.issueDate(), "issue date", problems);
    DocumentRules.throwIfAny(problems);
    return post(new Invoice(request.chargeNo(), InvoiceKind.CHARGE, customer, null, request.issueDate(),
        request.dueDate(), Amounts.round(request.amount()), currencyOf(request.currency(), customer),
        request.description(), now(), actor));
  }

  @Transactional(readOnly = true)
  public Invoice get(String invoiceNo) {
    return invoices
        .findByInvoiceNo(invoiceNo)
        .orElseThrow(() -> new NotFoundException("invoice", "invoiceNo", invoiceNo));
  }

  /** The invoice or charge with this number, if there is one (no exception, so no rollback-only mark). */
  @Transactional(readOnly = true)
  public Optional<Invoice> find(String invoiceNo) {
    return invoices.findByInvoiceNo(invoiceNo);
  }

  /** Marks an invoice disputed (allocation and dunning skip it); the same reference again is a no-op. */
  public Invoice markDisputed(String invoiceNo, String reference) {
    return markDisputed(invoiceNo, reference, SYSTEM);
  }

  public Invoice markDisputed(String invoiceNo, String reference, String actor) {
    var invoice = get(invoiceNo);
    if (invoice.isDisputed() && Objects.equals(invoice.getDisputeReference(), reference)) {
      return invoice;
    }
    invoice.dispute(reference);
    change(invoice, InvoiceChange.DISPUTED, null, reference, null, actor);
    events.publishEvent(new InvoiceDisputed(customerNo(invoice), invoiceNo, reference));
    return invoice;
  }

  /** Settles the dispute; what is on account is applied to the invoice again. */
  public Invoice clearDispute(String invoiceNo, String reference) {
    return clearDispute(invoiceNo, reference, SYSTEM);
  }

  public Invoice clearDispute(String invoiceNo, String reference, String actor) {
    var invoice = get(invoiceNo);
    if (!invoice.isDisputed()) {
      return invoice;
    }
    invoice.clearDispute();
    change(invoice, InvoiceChange.DISPUTE_RESOLVED, invoice.getDisputeReference(), reference, null, actor);
    events.publishEvent(new InvoiceDisputeResolved(customerNo(invoice), invoiceNo, reference));
    allocator.applyOnAccount(invoice.getCustomer(), invoice.getCurrency(), LocalDate.now(clock));
    return invoice;
  }

  /**
   * Sets the effective due date (an approved extension), from today on; the original due date stays
   * and reports as of earlier dates keep the due date they had.
   */
  public Invoice extendDueDate(String invoiceNo, LocalDate newDueDate, String reference) {
    return extendDueDate(invoiceNo, newDueDate, reference, SYSTEM);
  }

  public Invoice extendDueDate(String invoiceNo, LocalDate newDueDate, String reference, String actor) {
    var invoice = get(invoiceNo);
    if (newDueDate == null) {
      throw new InvalidInputException("dueDate", "is required");
    }
    if (newDueDate.isBefore(invoice.getIssueDate())) {
      throw new InvalidInputException("dueDate", "must not be before the issue date " + invoice.getIssueDate());
    }
    LocalDate previous = invoice.getEffectiveDueDate();
    if (previous.equals(newDueDate)) {
      return invoice;
    }
    invoice.extendTo(newDueDate);
    change(invoice, InvoiceChange.DUE_DATE, previous.toString(), newDueDate.toString(), newDueDate, actor,
        reference);
    events.publishEvent(new EffectiveDueDateChanged(customerNo(invoice), invoiceNo, invoice.getDueDate(),
        previous, newDueDate, reference));
    return invoice;
  }

  /**
   * Records that penalty interest has been charged on the invoice through {@code day} by the charge
   * {@code reference} (docs/domain.md §8): the next charge counts from that day. A day not after the one
   * already recorded changes nothing.
   */
  public void interestChargedThrough(String invoiceNo, LocalDate day, String reference, String actor) {
    Invoice invoice = get(invoiceNo);
    LocalDate before = invoice.getInterestChargedThrough();
    if (invoice.interestChargedThrough(day)) {
      change(invoice, "INTEREST_CHARGED", before == null ? null : before.toString(), day.toString(), null, actor,
          reference);
    }
  }

  /** Writes the open amount off as bad debt (呆帳), with reason and approver. */
  public CreditDocument writeOff(String invoiceNo, LocalDate date, String reason, String approver,
      String actor) {
    var invoice = get(invoiceNo);
    LocalDate on = date == null ? LocalDate.now(clock) : date;
    var problems = new ArrayList<FieldProblem>();
    DocumentRules.required("reason", reason, problems);
    DocumentRules.required("approver", approver, problems);
    DocumentRules.notBefore("date", on, invoice.getIssueDate(), "issue date", problems);
    DocumentRules.throwIfAny(problems);
    if (!invoice.isOpen()) {
      throw new ConflictException("invoiceNo", "invoice " + invoiceNo + " has nothing open to write off");
    }
    long earlier = credits.countByKindAndDocumentNoStartingWith(CreditKind.WRITE_OFF, "WO-" + invoiceNo);
    String number = "WO-" + invoiceNo + (earlier == 0 ? "" : "-" + (earlier + 1));
    var amount = invoice.getOpenAmount();
    var writeOff = credits.save(new CreditDocument(number, CreditKind.WRITE_OFF, invoice.getCustomer(), on,
        amount, invoice.getCurrency(), now(), actor)
        .withDetails(null, List.of(invoiceNo), reason, approver, null));
    invoice.settle(amount, on);
    writeOff.use(amount);
    allocator.post(writeOff, invoice, amount, on);
    events.publishEvent(new InvoiceWrittenOff(customerNo(invoice), invoiceNo, on, amount, reason, approver));
    return writeOff;
  }

  @Transactional(readOnly = true)
  public List<InvoiceChange> changes(String invoiceNo) {
    return changes.findByInvoice(get(invoiceNo));
  }

  private Posted<Invoice> post(Invoice invoice) {
    var existing = invoices.findByInvoiceNo(invoice.getInvoiceNo());
    if (existing.isPresent()) {
      return Posted.unchanged(unchangedOrConflict(existing.get(), invoice));
    }
    saveAndApplyOnAccount(invoice);
    events.publishEvent(posted(invoice));
    return Posted.created(invoice);
  }

  private void saveAndApplyOnAccount(Invoice invoice) {
    invoices.save(invoice);
    allocator.applyOnAccount(invoice.getCustomer(), invoice.getCurrency(), invoice.getIssueDate());
  }

  private static Invoice unchangedOrConflict(Invoice existing, Invoice requested) {
    if (!sameContent(existing, requested)) {
      throw new ConflictException(requested.getKind() == InvoiceKind.CHARGE ? "chargeNo" : "invoiceNo",
          "invoice " + requested.getInvoiceNo() + " exists with other content");
    }
    return existing;
  }

  private static InvoicePosted posted(Invoice invoice) {
    return new InvoicePosted(customerNo(invoice), invoice.getInvoiceNo(), invoice.getKind().name(),
        invoice.getAmount(), invoice.getDueDate());
  }

  private static boolean sameContent(Invoice a, Invoice b) {
    return a.getKind() == b.getKind()
        && a.getCustomer().getId().equals(b.getCustomer().getId())
        && a.getIssueDate().equals(b.getIssueDate())
        && a.getDueDate().equals(b.getDueDate())
        && sameAmount(a.getAmount(), b.getAmount())
        && a.getCurrency().equals(b.getCurrency())
        && Objects.equals(a.getContractNo(), b.getContractNo());
  }

  private void change(Invoice invoice, String kind, String oldValue, String newValue, LocalDate newDueDate,
      String actor) {
    change(invoice, kind, oldValue, newValue, newDueDate, actor, newValue);
  }

  private void change(Invoice invoice, String kind, String oldValue, String newValue, LocalDate newDueDate,
      String actor, String reference) {
    changes.save(new InvoiceChange(invoice, kind, oldValue, newValue, newDueDate, LocalDate.now(clock),
        reference, now(), actor == null ? SYSTEM : actor));
  }

  private static String customerNo(Invoice invoice) {
    return invoice.getCustomer().getCustomerNo();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
