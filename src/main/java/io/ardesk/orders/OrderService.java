package io.ardesk.orders;

import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.report.LedgerQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders from receipt to payment (docs/domain.md §7): registration, the facts of the credit decision and
 * its outcome, credit and supervisor reviews, cancellation, shipment with its invoice, the inquiries
 * after shipment, the collector's call on the due date, the hand-over to collections and payment.
 * Every change writes a line of history.
 */
@Service
@Transactional
public class OrderService {

  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

  private final SalesOrderRepository orders;
  private final OrderEventRepository events;
  private final OrderConcernRepository concerns;
  private final CustomerRepository customers;
  private final LedgerQueries ledger;
  private final InvoiceService invoices;
  private final OpenWarningSigns warningSigns;
  private final Clock clock;

  private final TeamLanguage language;

  OrderService(SalesOrderRepository orders, OrderEventRepository events, OrderConcernRepository concerns,
      CustomerRepository customers, LedgerQueries ledger, InvoiceService invoices, OpenWarningSigns warningSigns,
      Clock clock, TeamLanguage language) {
    this.language = language;
    this.orders = orders;
    this.events = events;
    this.concerns = concerns;
    this.customers = customers;
    this.ledger = ledger;
    this.invoices = invoices;
    this.warningSigns = warningSigns;
    this.clock = clock;
  }

  /** Registers an order; a number already taken is a {@link ConflictException}. */
  public SalesOrder register(NewOrder order, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (order.orderNo() == null || order.orderNo().isBlank()) {
      problems.add(new FieldProblem("orderNo", "is required"));
    } else if (!NUMBER.matcher(order.orderNo().strip()).matches()) {
      problems.add(new FieldProblem("orderNo", "up to 40 letters, digits, '.', '_', '/' or '-'"));
    }
    Customer customer = null;
    if (order.customerNo() == null || order.customerNo().isBlank()) {
      problems.add(new FieldProblem("customerNo", "is required"));
    } else {
      customer = customers.findByCustomerNo(order.customerNo().strip()).orElse(null);
      if (customer == null) {
        problems.add(new FieldProblem("customerNo", "customer " + order.customerNo().strip() + " does not exist"));
      }
    }
    LocalDate today = today();
    if (order.orderDate() == null) {
      problems.add(new FieldProblem("orderDate", "is required"));
    } else if (order.orderDate().isAfter(today)) {
      problems.add(new FieldProblem("orderDate", "must not be after today (" + today + ")"));
    }
    if (order.amount() == null) {
      problems.add(new FieldProblem("amount", "is required"));
    } else if (Amounts.round(order.amount()).signum() <= 0) {
      problems.add(new FieldProblem("amount", "must be more than 0"));
    }
    String currency = customer == null ? null : customer.getCurrency();
    if (customer != null && order.currency() != null && !order.currency().isBlank()
        && !order.currency().strip().equalsIgnoreCase(currency)) {
      problems.add(new FieldProblem("currency", "orders are taken in the customer's currency, " + currency));
    }
    if (order.requestedShipDate() != null && order.orderDate() != null
        && order.requestedShipDate().isBefore(order.orderDate())) {
      problems.add(new FieldProblem("requestedShipDate", "must not be before the order date"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (orders.findByOrderNo(order.orderNo().strip()).isPresent()) {
      throw new ConflictException("orderNo", "order " + order.orderNo().strip() + " already exists");
    }
    NewOrder rounded = new NewOrder(order.orderNo(), order.customerNo(), order.orderDate(),
        Amounts.round(order.amount()), currency, order.requestedShipDate());
    SalesOrder saved = orders.saveAndFlush(new SalesOrder(rounded, currency, now(), actor));
    record(saved, OrderEvent.Kind.RECEIVED, Money.format(saved.getAmount()) + " " + currency + " ordered on "
        + saved.getOrderDate(), actor);
    return saved;
  }

  @Transactional(readOnly = true)
  public SalesOrder get(String orderNo) {
    return orders.findByOrderNo(orderNo == null ? "" : orderNo.strip())
        .orElseThrow(() -> new NotFoundException("order", "orderNo", orderNo));
  }

  @Transactional(readOnly = true)
  public Optional<SalesOrder> find(String orderNo) {
    return orders.findByOrderNo(orderNo);
  }

  /**
   * The facts the credit decision looks at now. The order itself is not in the exposure: it is not
   * approved yet (a held order being looked at again is on hold, not approved).
   */
  @Transactional(readOnly = true)
  public CreditFacts creditFacts(String orderNo) {
    SalesOrder order = get(orderNo);
    Customer customer = customer(order.getCustomerNo());
    return new CreditFacts(customer.getStatus().name(), customer.getSettlementMethod().name(),
        ledger.oldestDaysPastDue(order.getCustomerNo(), today()).orElse(0),
        ledger.exposure(order.getCustomerNo()),
        Amounts.orZero(orders.sumAmount(order.getCustomerNo(), OrderStatus.APPROVED)),
        order.getAmount(), Amounts.orZero(customer.getCreditLimit()), warningSigns.of(order.getCustomerNo()));
  }

  /** Records the outcome of the credit decision with its reasons and the facts it was taken on. */
  public SalesOrder recordDecision(String orderNo, CreditOutcome outcome, boolean supervisorRequired, String reason,
      String actor) {
    SalesOrder order = get(orderNo);
    if (order.getStatus() != OrderStatus.RECEIVED && order.getStatus() != OrderStatus.ON_HOLD) {
      throw new ConflictException("orderNo", "order " + orderNo + " is " + order.getStatus() + ": already decided");
    }
    CreditFacts facts = creditFacts(orderNo);
    List<String> reasons = reasons(outcome, reason, facts, language);
    order.decided(facts, outcome, supervisorRequired, reasons);
    record(order, OrderEvent.Kind.CREDIT_DECIDED, outcome + ": " + String.join("; ", reasons), actor);
    return order;
  }

  /**
   * The decision table's reasons as the table words them ({@code order-credit-decision.dmn}), each with
   * its message key, so that the order's record is written in the team's language.
   */
  static final Map<String, String> TABLE_REASONS = Map.of(
      "The customer is closed: no new business", "order.reason.closed",
      "The customer's credit line is cancelled: prepayment or cash only", "order.reason.cashOnly",
      "The customer settles by prepayment or cash, not on credit", "order.reason.notOnCredit",
      "The customer is on credit hold (stop supply)", "order.reason.creditHold",
      "An undisputed invoice is more than 30 days past due", "order.reason.pastDue",
      "Within the credit limit, no warning sign", "order.reason.withinLimit",
      "The customer has open warning signs", "order.reason.warningSigns",
      "The order takes the customer over its credit limit", "order.reason.overLimit",
      "The order takes the customer more than 20% over its credit limit: a supervisor approves too",
      "order.reason.farOverLimit");

  /** The decision's reasons in the team's language: the table's, then the facts it was taken on. */
  static List<String> reasons(CreditOutcome outcome, String reason, CreditFacts facts, TeamLanguage language) {
    List<String> reasons = new ArrayList<>();
    reasons.add(reason == null || !TABLE_REASONS.containsKey(reason) ? reason
        : language.text(TABLE_REASONS.get(reason)));
    switch (outcome) {
      case HOLD -> {
        if (facts.oldestDaysPastDue() > 0) {
          reasons.add(language.text("order.reason.oldest", String.valueOf(facts.oldestDaysPastDue())));
        }
      }
      case APPROVED, CREDIT_REVIEW -> {
        reasons.add(language.text("order.reason.exposure", Money.format(facts.exposure()),
            Money.format(facts.orderAmount()), Money.format(facts.exposureAfterOrder()),
            Money.format(facts.creditLimit()), Money.format(facts.availableCredit())));
        if (!facts.warningSigns().isEmpty()) {
          reasons.add(language.text("order.reason.openSigns", String.join(", ", facts.warningSigns())));
        }
      }
      default -> {
        reasons.add(language.text("order.reason.customer",
            language.textOr("customer.status." + facts.customerStatus(), facts.customerStatus()),
            language.textOr("settlement." + facts.settlementMethod(), facts.settlementMethod())));
      }
    }
    return reasons;
  }

  /**
   * Credit's decision on an order in review. An approval of an order that needs a supervisor too
   * leaves the order in review until the supervisor decides.
   */
  public SalesOrder creditReviewed(String orderNo, ReviewDecision decision, String reason, String actor) {
    SalesOrder order = inReview(orderNo, decision, reason);
    boolean supervisorNext = decision == ReviewDecision.APPROVE && order.isSupervisorRequired();
    order.moveTo(supervisorNext ? OrderStatus.IN_CREDIT_REVIEW : decision.status());
    record(order, OrderEvent.Kind.CREDIT_REVIEWED, decision + (supervisorNext ? " (a supervisor approves too)" : "")
        + ": " + reason.strip(), actor);
    return order;
  }

  /** The supervisor's decision on an order far over the limit that credit approved. */
  public SalesOrder supervisorReviewed(String orderNo, ReviewDecision decision, String reason, String actor) {
    SalesOrder order = inReview(orderNo, decision, reason);
    order.moveTo(decision.status());
    record(order, OrderEvent.Kind.SUPERVISOR_REVIEWED, decision + ": " + reason.strip(), actor);
    return order;
  }

  private SalesOrder inReview(String orderNo, ReviewDecision decision, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem("reviewDecision", "choose approve, reject or prepayment"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reviewReason", "give the reason for the decision"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    SalesOrder order = get(orderNo);
    if (order.getStatus() != OrderStatus.IN_CREDIT_REVIEW) {
      throw new ConflictException("orderNo", "order " + orderNo + " is " + order.getStatus() + ", not in review");
    }
    return order;
  }

  /** Throws unless the order may be cancelled now: received, in review, on hold or approved, not shipped. */
  @Transactional(readOnly = true)
  public void checkCancellable(String orderNo, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "give the reason for the cancellation");
    }
    SalesOrder order = get(orderNo);
    if (!order.getStatus().cancellable()) {
      throw new ConflictException("orderNo", "order " + orderNo + " is " + order.getStatus() + ": it can no longer"
          + " be cancelled");
    }
  }

  public SalesOrder cancel(String orderNo, String reason, String actor) {
    checkCancellable(orderNo, reason);
    SalesOrder order = get(orderNo);
    order.moveTo(OrderStatus.CANCELLED);
    record(order, OrderEvent.Kind.CANCELLED, reason.strip(), actor);
    return order;
  }

  /** Throws unless the shipment may be recorded: an approved order, a date, an invoice number, an amount within the order's. */
  @Transactional(readOnly = true)
  public void checkShipment(String orderNo, Shipment shipment) {
    SalesOrder order = get(orderNo);
    List<FieldProblem> problems = new ArrayList<>();
    if (shipment.shipDate() == null) {
      problems.add(new FieldProblem("shipDate", "is required"));
    } else if (shipment.shipDate().isBefore(order.getOrderDate())) {
      problems.add(new FieldProblem("shipDate", "must not be before the order date " + order.getOrderDate()));
    } else if (shipment.shipDate().isAfter(today())) {
      problems.add(new FieldProblem("shipDate", "must not be after today (" + today() + ")"));
    }
    if (shipment.invoiceNo() == null || shipment.invoiceNo().isBlank()) {
      problems.add(new FieldProblem("invoiceNo", "is required"));
    } else if (!NUMBER.matcher(shipment.invoiceNo().strip()).matches()) {
      problems.add(new FieldProblem("invoiceNo", "up to 40 letters, digits, '.', '_', '/' or '-'"));
    }
    if (shipment.amount() == null || Amounts.round(shipment.amount()).signum() <= 0) {
      problems.add(new FieldProblem("amount", "must be more than 0"));
    } else if (Amounts.round(shipment.amount()).compareTo(order.getAmount()) > 0) {
      problems.add(new FieldProblem("amount", "must not be more than the approved order amount "
          + Money.format(order.getAmount())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (order.getStatus() == OrderStatus.APPROVED || order.getStatus() == OrderStatus.ON_HOLD) {
      supplyStopped(order.getCustomerNo(), Amounts.round(shipment.amount())).ifPresent(reason -> {
        throw new ConflictException("customerNo", "order " + orderNo + " is " + order.getStatus()
            + " and may not ship: " + reason);
      });
    }
    if (order.getStatus() != OrderStatus.APPROVED) {
      throw new ConflictException("orderNo", "order " + orderNo + " is " + order.getStatus()
          + ": only an approved order ships");
    }
  }

  /**
   * Stop supply stops goods (docs/domain.md §7, §9): why nothing may ship to the customer now, if so. A
   * customer on {@code CREDIT_HOLD} or {@code CLOSED} gets nothing; a {@code CASH_ONLY} customer only
   * what its prepayment (credit on account) covers.
   */
  @Transactional(readOnly = true)
  public Optional<String> supplyStopped(String customerNo, BigDecimal amount) {
    Customer customer = customer(customerNo);
    return switch (customer.getStatus()) {
      case CREDIT_HOLD -> Optional.of("customer " + customerNo + " is on CREDIT_HOLD (stop supply): nothing ships"
          + " until the hold is lifted");
      case CLOSED -> Optional.of("customer " + customerNo + " is CLOSED: nothing ships");
      case CASH_ONLY -> {
        BigDecimal prepaid = ledger.unappliedCredit(customerNo);
        yield prepaid.compareTo(amount) >= 0 ? Optional.empty() : Optional.of("customer " + customerNo
            + " is CASH_ONLY: goods ship only when prepaid (" + Money.format(prepaid) + " on account, "
            + Money.format(amount) + " to ship)");
      }
      default -> Optional.empty();
    };
  }

  /** Approved orders of the customer waiting for shipment, oldest first. */
  @Transactional(readOnly = true)
  public List<String> approvedOrders(String customerNo) {
    return orders.findByCustomerNoAndStatusOrderByIdAsc(customerNo, OrderStatus.APPROVED).stream()
        .map(SalesOrder::getOrderNo).toList();
  }

  /**
   * An approved order whose customer may not receive goods now goes {@code ON_HOLD} until supply
   * resumes. Returns whether it was put on hold.
   */
  public boolean holdForStoppedSupply(String orderNo) {
    SalesOrder order = get(orderNo);
    if (order.getStatus() != OrderStatus.APPROVED) {
      return false;
    }
    Optional<String> reason = supplyStopped(order.getCustomerNo(), order.getAmount());
    if (reason.isEmpty()) {
      return false;
    }
    order.moveTo(OrderStatus.ON_HOLD);
    record(order, OrderEvent.Kind.SUPPLY_STOPPED, reason.get(), "system");
    return true;
  }

  /** An order held by stopped supply is approved again once the customer may receive goods. */
  public boolean resumeSupply(String orderNo) {
    SalesOrder order = get(orderNo);
    if (order.getStatus() != OrderStatus.ON_HOLD) {
      return order.getStatus() == OrderStatus.APPROVED;
    }
    if (supplyStopped(order.getCustomerNo(), order.getAmount()).isPresent()) {
      return false;
    }
    order.moveTo(OrderStatus.APPROVED);
    record(order, OrderEvent.Kind.SUPPLY_RESUMED, "supply resumed: the order may ship", "system");
    return true;
  }

  /**
   * Records the shipment and creates its invoice in the ledger (建立檔案), due after the customer's
   * payment terms. Credit the customer has on account may settle it at once: the order is then paid.
   */
  public SalesOrder ship(String orderNo, Shipment shipment, String actor) {
    SalesOrder order = get(orderNo);
    if (order.getStatus() != OrderStatus.APPROVED && shipment.invoiceNo() != null
        && shipment.invoiceNo().strip().equals(order.getInvoiceNo())) {
      return order;
    }
    checkShipment(orderNo, shipment);
    Shipment rounded = new Shipment(shipment.shipDate(), shipment.invoiceNo().strip(), Amounts.round(shipment.amount()));
    Invoice invoice = invoices.postInvoice(new NewInvoice(rounded.invoiceNo(), order.getCustomerNo(),
        rounded.shipDate(), rounded.amount(), null, order.getCurrency(), order.getOrderNo()), actor).value();
    if (!invoice.getCustomer().getCustomerNo().equals(order.getCustomerNo())) {
      throw new ConflictException("invoiceNo", "invoice " + rounded.invoiceNo() + " belongs to another customer");
    }
    order.shipped(rounded, invoice.getEffectiveDueDate());
    record(order, OrderEvent.Kind.SHIPPED, "shipped " + rounded.shipDate() + ", invoice " + rounded.invoiceNo() + " "
        + Money.format(rounded.amount()) + " " + order.getCurrency() + " due " + order.getDueDate(), actor);
    if (!invoice.isOpen()) {
      markPaid(order, today(), "settled at once by credit on account");
    }
    return order;
  }

  /**
   * Records what sales learnt in an inquiry after shipment; a problem or dissatisfaction becomes a
   * concern (one per order and inquiry), which a complaint is opened from.
   */
  public Optional<OrderConcern> recordInquiry(String orderNo, Inquiry inquiry, boolean allWell, String category,
      String description, String actor) {
    SalesOrder order = get(orderNo);
    if (allWell) {
      record(order, inquiry == Inquiry.RECEIPT ? OrderEvent.Kind.RECEIPT_CONFIRMED : OrderEvent.Kind.CUSTOMER_SATISFIED,
          description, actor);
      return Optional.empty();
    }
    List<FieldProblem> problems = new ArrayList<>();
    ConcernCategory parsed = null;
    try {
      parsed = category == null ? null : ConcernCategory.valueOf(category.strip());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (parsed == null) {
      problems.add(new FieldProblem("category", "choose what the problem is about"));
    }
    if (description == null || description.isBlank()) {
      problems.add(new FieldProblem("description", "describe the problem"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Optional<OrderConcern> existing = concerns.findByOrderAndInquiry(order, inquiry);
    if (existing.isPresent()) {
      return existing;
    }
    OrderConcern concern = concerns.save(new OrderConcern(order, inquiry, parsed.name(), description.strip(), actor,
        now()));
    record(order, inquiry == Inquiry.RECEIPT ? OrderEvent.Kind.RECEIPT_PROBLEM : OrderEvent.Kind.CUSTOMER_DISSATISFIED,
        parsed + ": " + description.strip(), actor);
    return Optional.of(concern);
  }

  /** Names the complaint opened for a concern. */
  public void complaintOpened(Long concernId, String complaintNo) {
    OrderConcern concern = concerns.findById(concernId).orElseThrow();
    if (concern.getComplaintNo() == null) {
      concern.complaintOpened(complaintNo);
      record(concern.getOrder(), concern.getInquiry() == Inquiry.RECEIPT ? OrderEvent.Kind.RECEIPT_PROBLEM
          : OrderEvent.Kind.CUSTOMER_DISSATISFIED, "complaint " + complaintNo + " opened", "system");
    }
  }

  @Transactional(readOnly = true)
  public Optional<OrderConcern> concern(String orderNo, Inquiry inquiry) {
    return concerns.findByOrderAndInquiry(get(orderNo), inquiry);
  }

  /** The collector's call on the due date (到時準時收取). */
  public void recordCollectionCall(String orderNo, CollectionCallOutcome outcome, String note, String actor) {
    if (outcome == null) {
      throw new InvalidInputException("collectionOutcome", "choose what the customer said");
    }
    SalesOrder order = get(orderNo);
    record(order, OrderEvent.Kind.COLLECTION_CALL, outcome + (note == null ? "" : ": " + note.strip()), actor);
  }

  /** Past due and unpaid: the customer's collection case has the invoice now. */
  public SalesOrder handedToCollections(String orderNo, String note, String actor) {
    SalesOrder order = get(orderNo);
    if (order.getStatus() == OrderStatus.INVOICED) {
      order.moveTo(OrderStatus.HANDED_TO_COLLECTIONS);
      record(order, OrderEvent.Kind.HANDED_TO_COLLECTIONS, note, actor);
    }
    return order;
  }

  /** An invoice was settled: its order, if it came from one, is paid. Returns the orders now paid. */
  public List<String> invoiceSettled(String invoiceNo, LocalDate on, String how) {
    return invoicesSettled(List.of(new SettledInvoice(invoiceNo, on, how)));
  }

  /** An invoice settled on a day, and by what ("payment P-1"). */
  public record SettledInvoice(String invoiceNo, LocalDate on, String how) {}

  /**
   * The same for many invoices at once (an import's chunk), with one look-up per 1,000 invoices;
   * answers the orders now paid, in the order of the invoices.
   */
  public List<String> invoicesSettled(List<SettledInvoice> settled) {
    Map<String, SettledInvoice> byInvoice = new LinkedHashMap<>();
    settled.forEach(s -> byInvoice.put(s.invoiceNo(), s));
    List<String> numbers = new ArrayList<>(byInvoice.keySet());
    Map<String, List<SalesOrder>> ordersOf = new HashMap<>();
    for (int from = 0; from < numbers.size(); from += 1000) {
      orders.findByInvoiceNoInOrderByIdAsc(numbers.subList(from, Math.min(numbers.size(), from + 1000)))
          .forEach(o -> ordersOf.computeIfAbsent(o.getInvoiceNo(), k -> new ArrayList<>()).add(o));
    }
    List<String> paid = new ArrayList<>();
    byInvoice.values().forEach(s -> {
      for (SalesOrder order : ordersOf.getOrDefault(s.invoiceNo(), List.of())) {
        if (order.getStatus() == OrderStatus.INVOICED || order.getStatus() == OrderStatus.HANDED_TO_COLLECTIONS) {
          markPaid(order, s.on(), s.how());
          paid.add(order.getOrderNo());
        }
      }
    });
    return paid;
  }

  private void markPaid(SalesOrder order, LocalDate on, String how) {
    order.paid(on);
    record(order, OrderEvent.Kind.PAID, "invoice " + order.getInvoiceNo() + " settled on " + on + " (" + how + ")",
        "system");
  }

  /** Orders of the customer waiting for their prepayment, oldest first. */
  @Transactional(readOnly = true)
  public List<String> prepaymentOrders(String customerNo) {
    return orders.findByCustomerNoAndStatusOrderByIdAsc(customerNo, OrderStatus.PREPAYMENT_REQUIRED).stream()
        .map(SalesOrder::getOrderNo).toList();
  }

  /**
   * An order waiting for its prepayment is approved for shipment once the customer's credit on
   * account (payments not allocated to invoices) covers the order amount and nothing stops supply
   * (a customer on hold waits for its release too). Returns whether it is approved (also when it was
   * already).
   */
  public boolean prepaymentReceived(String orderNo) {
    SalesOrder order = get(orderNo);
    if (order.getStatus() != OrderStatus.PREPAYMENT_REQUIRED) {
      return order.getStatus() == OrderStatus.APPROVED;
    }
    BigDecimal onAccount = ledger.unappliedCredit(order.getCustomerNo());
    if (onAccount.compareTo(order.getAmount()) < 0
        || supplyStopped(order.getCustomerNo(), order.getAmount()).isPresent()) {
      return false;
    }
    order.moveTo(OrderStatus.APPROVED);
    record(order, OrderEvent.Kind.PREPAYMENT_RECEIVED, "prepaid: " + Money.format(onAccount) + " " + order.getCurrency()
        + " on account covers the order's " + Money.format(order.getAmount()), "system");
    return true;
  }

  /**
   * A supervisor's decision on an order on hold for long: keep waiting (for another period) or
   * cancel it. Returns whether the order is cancelled.
   */
  public boolean heldOrderReviewed(String orderNo, HeldOrderDecision decision, String reason, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem("heldDecision", "choose keep waiting or cancel"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("heldReason", "give the reason for the decision"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    SalesOrder order = get(orderNo);
    if (order.getStatus() != OrderStatus.ON_HOLD) {
      throw new ConflictException("orderNo", "order " + orderNo + " is " + order.getStatus() + ", not on hold");
    }
    if (decision == HeldOrderDecision.CANCEL) {
      order.moveTo(OrderStatus.CANCELLED);
      record(order, OrderEvent.Kind.CANCELLED, "on hold too long: " + reason.strip(), actor);
      return true;
    }
    record(order, OrderEvent.Kind.HOLD_REVIEWED, "keeps waiting: " + reason.strip(), actor);
    return false;
  }

  /**
   * The effective due date of the order's invoice (an approved extension moves it; the original
   * due date stays on the invoice). The order follows it, with a line of history when it moved.
   */
  public LocalDate effectiveDueDate(String orderNo) {
    SalesOrder order = get(orderNo);
    LocalDate effective = invoices.get(order.getInvoiceNo()).getEffectiveDueDate();
    if (!effective.equals(order.getDueDate())) {
      LocalDate previous = order.getDueDate();
      order.dueDateMoved(effective);
      record(order, OrderEvent.Kind.DUE_DATE_MOVED, "invoice " + order.getInvoiceNo() + " now due " + effective
          + " (was " + previous + ")", "system");
    }
    return effective;
  }

  /** Orders still invoiced (not paid, not handed over) whose invoice is this one. */
  @Transactional(readOnly = true)
  public List<String> invoicedOrders(String invoiceNo) {
    return orders.findByInvoiceNo(invoiceNo).stream().filter(o -> o.getStatus() == OrderStatus.INVOICED)
        .map(SalesOrder::getOrderNo).toList();
  }

  /** Orders of the customer waiting on hold, oldest first. */
  @Transactional(readOnly = true)
  public List<String> heldOrders(String customerNo) {
    return orders.findByCustomerNoAndStatusOrderByIdAsc(customerNo, OrderStatus.ON_HOLD).stream()
        .map(SalesOrder::getOrderNo).toList();
  }

  /** Orders of these customers waiting on hold (an import's payments): one look-up per 1,000 customers. */
  @Transactional(readOnly = true)
  public List<String> heldOrders(java.util.Collection<String> customerNos) {
    List<String> numbers = List.copyOf(customerNos);
    List<String> held = new ArrayList<>();
    for (int from = 0; from < numbers.size(); from += 1000) {
      orders.findByCustomerNoInAndStatusOrderByIdAsc(numbers.subList(from, Math.min(numbers.size(), from + 1000)),
          OrderStatus.ON_HOLD).forEach(o -> held.add(o.getOrderNo()));
    }
    return held;
  }

  /** Adds a line of history without changing the order (a reminder written, a recheck). */
  public void note(String orderNo, OrderEvent.Kind kind, String note, String actor) {
    record(get(orderNo), kind, note, actor);
  }

  @Transactional(readOnly = true)
  public OrderView view(String orderNo) {
    SalesOrder order = get(orderNo);
    Customer customer = customer(order.getCustomerNo());
    return new OrderView(order.getOrderNo(), order.getCustomerNo(), customer.getName(), order.getOrderDate(),
        order.getAmount(), order.getCurrency(), order.getRequestedShipDate(), order.getStatus(), order.getDecision(),
        order.isSupervisorRequired(), order.getExposure(), order.getCreditLimit(), order.getAvailableCredit(),
        order.reasonList(), order.getInvoiceNo(), order.getShipDate(), order.getInvoicedAmount(), order.getDueDate(),
        order.getPaidOn(),
        concerns.findByOrderOrderByIdAsc(order).stream().map(c -> new OrderView.Concern(c.getInquiry(),
            c.getCategory(), c.getDescription(), c.getRaisedBy(), c.getRaisedAt(), c.getComplaintNo())).toList(),
        events.history(order).stream().map(e -> new OrderView.Event(e.getOccurredAt(), e.getKind(), e.getStatus(),
            e.getNote(), e.getActor())).toList());
  }

  @Transactional(readOnly = true)
  public Customer customer(String customerNo) {
    return customers.findByCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
  }

  private void record(SalesOrder order, OrderEvent.Kind kind, String note, String actor) {
    events.save(new OrderEvent(order, kind, note, actor == null ? "system" : actor, now()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
