package io.ardesk.ledger.customer;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.BatchOutcome;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.LedgerProperties;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Posted;
import io.ardesk.ledger.event.CustomerCreated;
import io.ardesk.ledger.event.CustomerStatusChanged;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer master: opening customers, profile and credit terms, status and holds (§3). */
@Service
@Transactional
public class CustomerService {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final CustomerRepository customers;
  private final CustomerChangeRepository changes;
  private final CustomerHoldRepository holds;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LedgerProperties properties;
  private final String defaultCurrency;
  private final CustomerRows rows;
  private final EntityManager entityManager;

  CustomerService(CustomerRepository customers, CustomerChangeRepository changes,
      CustomerHoldRepository holds, ApplicationEventPublisher events, Clock clock,
      LedgerProperties properties, @Value("${ardesk.default-currency:CNY}") String defaultCurrency,
      CustomerRows rows, EntityManager entityManager) {
    this.customers = customers;
    this.changes = changes;
    this.holds = holds;
    this.events = events;
    this.clock = clock;
    this.properties = properties;
    this.defaultCurrency = defaultCurrency;
    this.rows = rows;
    this.entityManager = entityManager;
  }

  /**
   * Opens a customer. The same number with the same content is a no-op ({@code created} false);
   * with other content it is a {@link ConflictException}.
   */
  public Posted<Customer> create(NewCustomer request, String actor) {
    validate(request);
    var existing = customers.findByCustomerNo(request.customerNo().trim());
    if (existing.isPresent()) {
      return Posted.unchanged(unchangedOrConflict(existing.get(), request));
    }
    var customer = customers.save(open(request, actor));
    opening(customer, actor).forEach(changes::save);
    events.publishEvent(new CustomerCreated(customer.getCustomerNo(), customer.getName(), customer.getGrade(), false));
    return Posted.created(customer);
  }

  /**
   * Opens the customers of one import chunk by the rules of {@link #create}, request by request in
   * order (a number twice in the chunk: the second is unchanged or a conflict), with one look-up
   * and a few batched inserts for the whole chunk. The persistence context is flushed and cleared
   * before the {@link CustomerCreated} events (marked imported) are published, in order.
   */
  public List<BatchOutcome> importAll(List<NewCustomer> requests, String actor) {
    var known = new HashMap<String, Customer>();
    var numbers = requests.stream().map(NewCustomer::customerNo).filter(n -> n != null && !n.isBlank())
        .map(String::trim).collect(Collectors.toSet());
    BatchOutcome.lookUp(numbers, customers::findByCustomerNoIn).forEach(c -> known.put(c.getCustomerNo(), c));
    var opened = new ArrayList<Customer>();
    var outcomes = new ArrayList<BatchOutcome>(requests.size());
    for (NewCustomer request : requests) {
      try {
        validate(request);
        var existing = known.get(request.customerNo().trim());
        if (existing != null) {
          unchangedOrConflict(existing, request);
          outcomes.add(BatchOutcome.UNCHANGED);
        } else {
          var customer = open(request, actor);
          known.put(customer.getCustomerNo(), customer);
          opened.add(customer);
          outcomes.add(BatchOutcome.CREATED);
        }
      } catch (InvalidInputException | ConflictException e) {
        outcomes.add(BatchOutcome.refused(e));
      }
    }
    rows.insert(opened, opened.stream().flatMap(c -> opening(c, actor).stream()).toList());
    entityManager.flush();
    entityManager.clear();
    opened.forEach(c -> events.publishEvent(new CustomerCreated(c.getCustomerNo(), c.getName(), c.getGrade(), true)));
    return outcomes;
  }

  private Customer unchangedOrConflict(Customer existing, NewCustomer request) {
    if (!sameContent(existing, request)) {
      throw new ConflictException("customerNo", "customer " + request.customerNo() + " exists with other content");
    }
    return existing;
  }

  /** A new customer as the request describes it, with the configured defaults; not saved yet. */
  private Customer open(NewCustomer request, String actor) {
    var customer = new Customer(request.customerNo().trim(), request.name().trim(), now(), actor);
    applyProfile(customer, profileOf(request));
    if (customer.getCurrency() == null) {
      customer.setCurrency(defaultCurrency);
    }
    customer.setPaymentTermsDays(
        Objects.requireNonNullElse(request.paymentTermsDays(), properties.defaultPaymentTermsDays()));
    if (request.settlementMethod() != null) {
      customer.setSettlementMethod(request.settlementMethod());
    }
    customer.setCreditLimit(Amounts.orZero(request.creditLimit()));
    customer.setGrade(blankToNull(request.grade()));
    customer.setLastReviewDate(request.lastReviewDate());
    customer.setNextReviewDate(request.nextReviewDate());
    return customer;
  }

  /** The history a new customer starts with: its limit, its grade if it has one, its status. */
  private List<CustomerChange> opening(Customer customer, String actor) {
    var opening = new ArrayList<CustomerChange>();
    opening.add(change(customer, "creditLimit", null, customer.getCreditLimit(), actor, "customer opened"));
    if (customer.getGrade() != null) {
      opening.add(change(customer, "grade", null, customer.getGrade(), actor, "customer opened"));
    }
    opening.add(change(customer, "status", null, customer.getStatus(), actor, "customer opened"));
    return opening;
  }

  @Transactional(readOnly = true)
  public Customer get(String customerNo) {
    return customers
        .byCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
  }

  /** Changes name, addresses, contacts, people and other non-credit fields. */
  public Customer updateProfile(String customerNo, ProfileChange change, String actor) {
    var customer = get(customerNo);
    var problems = new ArrayList<FieldProblem>();
    if (change.name() != null && change.name().isBlank()) {
      problems.add(new FieldProblem("name", "must not be blank"));
    }
    checkProfile(change.currency(), change.email(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    applyProfile(customer, change);
    return customer;
  }

  /**
   * Changes limit, grade, settlement method, payment terms and review dates; every changed value is
   * kept in the history with {@code actor} and {@code reason}. Null arguments stay as they are.
   */
  public Customer changeCreditTerms(String customerNo, CreditTerms terms, String actor, String reason) {
    var customer = get(customerNo);
    var problems = new ArrayList<FieldProblem>();
    checkCreditTerms(terms.creditLimit(), terms.paymentTermsDays(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    change(customer, "creditLimit", customer::getCreditLimit, Amounts.round(terms.creditLimit()),
        customer::setCreditLimit, actor, reason);
    change(customer, "grade", customer::getGrade, blankToNull(terms.grade()), customer::setGrade,
        actor, reason);
    change(customer, "settlementMethod", customer::getSettlementMethod, terms.settlementMethod(),
        customer::setSettlementMethod, actor, reason);
    change(customer, "paymentTermsDays", customer::getPaymentTermsDays, terms.paymentTermsDays(),
        customer::setPaymentTermsDays, actor, reason);
    change(customer, "lastReviewDate", customer::getLastReviewDate, terms.lastReviewDate(),
        customer::setLastReviewDate, actor, reason);
    change(customer, "nextReviewDate", customer::getNextReviewDate, terms.nextReviewDate(),
        customer::setNextReviewDate, actor, reason);
    return customer;
  }

  /** Convenience for the credit module: the limit, grade, settlement method and terms at once. */
  public Customer changeCreditTerms(String customerNo, BigDecimal limit, String grade,
      SettlementMethod settlementMethod, Integer paymentTermsDays, String actor, String reason) {
    return changeCreditTerms(customerNo,
        new CreditTerms(limit, grade, settlementMethod, paymentTermsDays, null, null), actor, reason);
  }

  /**
   * Sets the standing: {@code ACTIVE}, {@code CASH_ONLY} (credit line cancelled) or {@code CLOSED}.
   * {@code CREDIT_HOLD} is not set here but by {@link #placeHold}.
   */
  public Customer changeStatus(String customerNo, CustomerStatus standing, String actor, String reason) {
    if (standing == null || standing == CustomerStatus.CREDIT_HOLD) {
      throw new InvalidInputException("status",
          "must be ACTIVE, CASH_ONLY or CLOSED; a credit hold is placed with a cause");
    }
    var customer = get(customerNo);
    customer.setStanding(standing);
    restate(customer, actor, reason);
    return customer;
  }

  /**
   * Stops supply for {@code cause} (e.g. {@code OVERDUE_30}) with a reference (a case, a review).
   * Placing the same cause and reference again while it is active is a no-op.
   */
  public CustomerHold placeHold(String customerNo, String cause, String reference, String actor,
      String reason) {
    if (cause == null || cause.isBlank()) {
      throw new InvalidInputException("cause", "a hold needs a cause");
    }
    var customer = get(customerNo);
    for (var hold : holds.findActive(customer)) {
      if (hold.getCause().equals(cause) && Objects.equals(hold.getReference(), reference)) {
        return hold;
      }
    }
    var hold = holds.save(new CustomerHold(customer, cause, reference, now(), actor, reason));
    restate(customer, actor, reason == null ? "hold " + cause : reason);
    return hold;
  }

  /**
   * Lifts the active holds with this cause (and reference, when given). The customer stays on
   * {@code CREDIT_HOLD} while another hold is active. Returns how many holds were lifted.
   */
  public int liftHold(String customerNo, String cause, String reference, String actor, String reason) {
    var customer = get(customerNo);
    int lifted = 0;
    for (var hold : holds.findActive(customer)) {
      if (hold.getCause().equals(cause) && (reference == null || reference.equals(hold.getReference()))) {
        hold.lift(now(), actor, reason);
        lifted++;
      }
    }
    if (lifted > 0) {
      restate(customer, actor, reason == null ? "hold " + cause + " lifted" : reason);
    }
    return lifted;
  }

  @Transactional(readOnly = true)
  public List<CustomerHold> activeHolds(String customerNo) {
    return holds.findActive(get(customerNo));
  }

  @Transactional(readOnly = true)
  public List<CustomerHold> holds(String customerNo) {
    return holds.findByCustomer(get(customerNo));
  }

  /** Every change of limit, grade, status and the other credit terms, oldest first. */
  @Transactional(readOnly = true)
  public List<CustomerChange> history(String customerNo) {
    return changes.findByCustomer(get(customerNo));
  }

  /** The rules a new customer must keep; the import reports them per line. */
  public void validate(NewCustomer request) {
    var problems = new ArrayList<FieldProblem>();
    if (request.customerNo() == null || request.customerNo().isBlank()) {
      problems.add(new FieldProblem("customerNo", "is required"));
    } else if (request.customerNo().trim().length() > 40) {
      problems.add(new FieldProblem("customerNo", "must be at most 40 characters"));
    }
    if (request.name() == null || request.name().isBlank()) {
      problems.add(new FieldProblem("name", "is required"));
    }
    checkProfile(request.currency(), request.email(), problems);
    checkCreditTerms(request.creditLimit(), request.paymentTermsDays(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void restate(Customer customer, String actor, String reason) {
    var before = customer.getStatus();
    var after = customer.restate(!holds.findActive(customer).isEmpty());
    if (before != after) {
      record(customer, "status", before, after, actor, reason);
      events.publishEvent(
          new CustomerStatusChanged(customer.getCustomerNo(), before.name(), after.name(), reason));
    }
  }

  private <T> void change(Customer customer, String field, Supplier<T> current, T value,
      Consumer<T> setter, String actor, String reason) {
    if (value == null) {
      return;
    }
    T before = current.get();
    boolean same = before instanceof BigDecimal b && value instanceof BigDecimal v
        ? b.compareTo(v) == 0
        : Objects.equals(before, value);
    if (!same) {
      setter.accept(value);
      record(customer, field, before, value, actor, reason);
    }
  }

  private void record(Customer customer, String field, Object before, Object after, String actor,
      String reason) {
    changes.save(change(customer, field, before, after, actor, reason));
  }

  private CustomerChange change(Customer customer, String field, Object before, Object after, String actor,
      String reason) {
    return new CustomerChange(customer, field, before == null ? null : before.toString(),
        after == null ? null : after.toString(), now(), actor, reason);
  }

  private static void checkProfile(String currency, String email, List<FieldProblem> problems) {
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      problems.add(new FieldProblem("currency", "must be an ISO 4217 code such as CNY"));
    }
    if (email != null && !email.isBlank() && !email.contains("@")) {
      problems.add(new FieldProblem("email", "is not an e-mail address"));
    }
  }

  private static void checkCreditTerms(BigDecimal limit, Integer termsDays, List<FieldProblem> problems) {
    if (limit != null && limit.signum() < 0) {
      problems.add(new FieldProblem("creditLimit", "must not be negative"));
    }
    if (termsDays != null && (termsDays < 0 || termsDays > 3650)) {
      problems.add(new FieldProblem("paymentTermsDays", "must be between 0 and 3650"));
    }
  }

  private static ProfileChange profileOf(NewCustomer r) {
    return new ProfileChange(r.name(), r.address(), r.contactPerson(), r.principal(), r.phone(),
        r.email(), r.bankAccount(), r.currency(), r.salesperson(), r.territory(),
        r.ledgerAdministrator(), r.foundedOn(), r.keyAccount(), r.language());
  }

  private static void applyProfile(Customer c, ProfileChange p) {
    if (p.name() != null) c.setName(p.name().trim());
    if (p.address() != null) c.setAddress(p.address());
    if (p.contactPerson() != null) c.setContactPerson(p.contactPerson());
    if (p.principal() != null) c.setPrincipal(p.principal());
    if (p.phone() != null) c.setPhone(p.phone());
    if (p.email() != null) c.setEmail(p.email());
    if (p.bankAccount() != null) c.setBankAccount(p.bankAccount());
    if (p.currency() != null) c.setCurrency(p.currency());
    if (p.salesperson() != null) c.setSalesperson(p.salesperson());
    if (p.territory() != null) c.setTerritory(p.territory());
    if (p.ledgerAdministrator() != null) c.setLedgerAdministrator(p.ledgerAdministrator());
    if (p.foundedOn() != null) c.setFoundedOn(p.foundedOn());
    if (p.keyAccount() != null) c.setKeyAccount(p.keyAccount());
    if (p.language() != null) c.setLanguage(p.language());
  }

  /** Only the fields the request names are compared. */
  private static boolean sameContent(Customer c, NewCustomer r) {
    return r.name().trim().equals(c.getName())
        && same(r.address(), c.getAddress())
        && same(r.contactPerson(), c.getContactPerson())
        && same(r.principal(), c.getPrincipal())
        && same(r.phone(), c.getPhone())
        && same(r.email(), c.getEmail())
        && same(r.bankAccount(), c.getBankAccount())
        && same(r.currency(), c.getCurrency())
        && same(r.settlementMethod(), c.getSettlementMethod())
        && same(r.paymentTermsDays(), c.getPaymentTermsDays())
        && (r.creditLimit() == null || r.creditLimit().compareTo(c.getCreditLimit()) == 0)
        && same(blankToNull(r.grade()), c.getGrade())
        && same(r.salesperson(), c.getSalesperson())
        && same(r.territory(), c.getTerritory())
        && same(r.ledgerAdministrator(), c.getLedgerAdministrator())
        && same(r.foundedOn(), c.getFoundedOn())
        && same(r.keyAccount(), c.isKeyAccount())
        && same(r.language(), c.getLanguage());
  }

  private static boolean same(Object requested, Object existing) {
    return requested == null || requested.equals(existing);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
