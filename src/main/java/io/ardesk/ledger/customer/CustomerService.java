package io.ardesk.ledger.customer;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.ApprovalStatus;
import io.ardesk.ledger.BatchOutcome;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.LedgerProperties;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Posted;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.event.CreditChangeRequested;
import io.ardesk.ledger.event.CustomerCreated;
import io.ardesk.ledger.event.CustomerStatusChanged;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer master: opening customers, profile and credit terms, status and holds (§3). Every
 * change of a field is kept with who, when, old, new and why. Four eyes: a change that loosens credit
 * (higher limit, better grade, from prepayment or cash to credit, back to {@code ACTIVE} from
 * {@code CASH_ONLY} or {@code CLOSED}) is not applied but waits as a {@link CreditChangeRequest} until a
 * supervisor other than the requester approves it; what tightens applies at once.
 */
@Service
@Transactional
public class CustomerService {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final String GRADES = "ABCDE";

  private final CustomerRepository customers;
  private final CustomerChangeRepository changes;
  private final CustomerHoldRepository holds;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LedgerProperties properties;
  private final String defaultCurrency;
  private final CustomerRows rows;
  private final EntityManager entityManager;
  private final CreditChangeRequestRepository requests;
  private final Supervisors supervisors;
  private final boolean reviewImportedCustomers;

  CustomerService(CustomerRepository customers, CustomerChangeRepository changes,
      CustomerHoldRepository holds, ApplicationEventPublisher events, Clock clock,
      LedgerProperties properties, @Value("${ardesk.default-currency:CNY}") String defaultCurrency,
      CustomerRows rows, EntityManager entityManager, CreditChangeRequestRepository requests,
      Supervisors supervisors,
      @Value("${ardesk.credit.review-imported-customers:true}") boolean reviewImportedCustomers) {
    this.customers = customers;
    this.changes = changes;
    this.holds = holds;
    this.events = events;
    this.clock = clock;
    this.properties = properties;
    this.defaultCurrency = defaultCurrency;
    this.rows = rows;
    this.entityManager = entityManager;
    this.requests = requests;
    this.supervisors = supervisors;
    this.reviewImportedCustomers = reviewImportedCustomers;
  }

  /**
   * Opens a customer. The same number with the same content is a no-op ({@code created} false);
   * with other content it is a {@link ConflictException}.
   */
  public Posted<Customer> create(NewCustomer request, String actor) {
    validate(request, actor);
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
        validate(request, actor);
        var existing = known.get(request.customerNo().trim());
        if (existing != null) {
          unchangedOrConflict(existing, request);
          outcomes.add(BatchOutcome.UNCHANGED);
        } else {
          var customer = open(request, actor);
          if (reviewImportedCustomers && customer.getGrade() == null && customer.getNextReviewDate() == null) {
            // its first credit review is due today: started after the import commits, and found by the
            // daily review scan of next_review_date should the node stop before it starts
            customer.setNextReviewDate(LocalDate.now(clock));
          }
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

  /**
   * The history a new customer starts with: its limit, its grade if it has one, its settlement
   * method and its status, recorded for the user who opened it (only credit may open a customer with
   * credit fields; the API and the import check it).
   */
  private List<CustomerChange> opening(Customer customer, String actor) {
    var opening = new ArrayList<CustomerChange>();
    opening.add(change(customer, "creditLimit", null, customer.getCreditLimit(), actor, "customer opened"));
    if (customer.getGrade() != null) {
      opening.add(change(customer, "grade", null, customer.getGrade(), actor, "customer opened"));
    }
    opening.add(change(customer, "settlementMethod", null, customer.getSettlementMethod(), actor, "customer opened"));
    opening.add(change(customer, "status", null, customer.getStatus(), actor, "customer opened"));
    return opening;
  }

  @Transactional(readOnly = true)
  public Customer get(String customerNo) {
    return customers
        .byCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
  }

  /**
   * Sets how often the customer gets its statement of account; null goes back to the key-account
   * default. Kept in the history.
   */
  public Customer changeStatementCadence(String customerNo, StatementCadence cadence, String actor, String reason) {
    var customer = customers.lockByCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
    String before = customer.hasOwnStatementCadence() ? customer.getStatementCadence().name() : null;
    String after = cadence == null ? null : cadence.name();
    if (!Objects.equals(before, after)) {
      customer.setStatementCadence(cadence);
      record(customer, "statementCadence", before, after, actor, reason, null);
    }
    return customer;
  }

  /** Changes name, addresses, contacts, people and other non-credit fields, without a reason. */
  public Customer updateProfile(String customerNo, ProfileChange change, String actor) {
    return updateProfile(customerNo, change, actor, null);
  }

  /**
   * Changes name, addresses, contacts, people and the other non-credit fields; each changed field is
   * kept in the history. {@code currency}, {@code salesperson} and {@code ledgerAdministrator} (they
   * decide which ledger the checks read and where work goes; only credit may change them, the API
   * checks the role) need a reason, and the currency cannot change once the customer has documents.
   */
  public Customer updateProfile(String customerNo, ProfileChange change, String actor, String reason) {
    var customer = get(customerNo);
    var problems = new ArrayList<FieldProblem>();
    if (change.name() != null && change.name().isBlank()) {
      problems.add(new FieldProblem("name", "must not be blank"));
    }
    checkProfile(change.currency(), change.email(), problems);
    boolean routing = differs(customer.getCurrency(), change.currency())
        || differs(customer.getSalesperson(), change.salesperson())
        || differs(customer.getLedgerAdministrator(), change.ledgerAdministrator());
    if (routing && isBlank(reason)) {
      problems.add(new FieldProblem("reason", "is required to change currency, salesperson or ledger administrator"));
    }
    checkNotOwnRouting(change.salesperson(), change.ledgerAdministrator(), actor, problems);
    if (differs(customer.getCurrency(), change.currency()) && hasDocuments(customer)) {
      problems.add(new FieldProblem("currency",
          "cannot change while the customer has documents in " + customer.getCurrency()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var p = change;
    change(customer, "name", customer::getName, p.name() == null ? null : p.name().trim(), customer::setName, actor, reason);
    change(customer, "address", customer::getAddress, p.address(), customer::setAddress, actor, reason);
    change(customer, "contactPerson", customer::getContactPerson, p.contactPerson(), customer::setContactPerson, actor, reason);
    change(customer, "principal", customer::getPrincipal, p.principal(), customer::setPrincipal, actor, reason);
    change(customer, "phone", customer::getPhone, p.phone(), customer::setPhone, actor, reason);
    change(customer, "email", customer::getEmail, p.email(), customer::setEmail, actor, reason);
    change(customer, "bankAccount", customer::getBankAccount, p.bankAccount(), customer::setBankAccount, actor, reason);
    change(customer, "currency", customer::getCurrency, p.currency(), customer::setCurrency, actor, reason);
    change(customer, "salesperson", customer::getSalesperson, p.salesperson(), customer::setSalesperson, actor, reason);
    change(customer, "territory", customer::getTerritory, p.territory(), customer::setTerritory, actor, reason);
    change(customer, "ledgerAdministrator", customer::getLedgerAdministrator, p.ledgerAdministrator(),
        customer::setLedgerAdministrator, actor, reason);
    change(customer, "foundedOn", customer::getFoundedOn, p.foundedOn(), customer::setFoundedOn, actor, reason);
    change(customer, "keyAccount", customer::isKeyAccount, p.keyAccount(), customer::setKeyAccount, actor, reason);
    change(customer, "language", customer::getLanguage, p.language(), customer::setLanguage, actor, reason);
    return customer;
  }

  /**
   * A member of credit does not make itself the customer's salesperson or ledger administrator:
   * the profile step of a review goes to the salesperson and finance's figures step to the ledger
   * administrator, and credit must not decide on a profile or figures it gave itself.
   */
  private void checkNotOwnRouting(String salesperson, String ledgerAdministrator, String actor,
      List<FieldProblem> problems) {
    if (actor == null || !(actor.equals(trimmed(salesperson)) || actor.equals(trimmed(ledgerAdministrator)))
        || !supervisors.isMemberOf(actor, "credit")) {
      return;
    }
    String message = "a member of credit (" + actor + ") cannot name itself: credit must not decide on a profile "
        + "or figures it gave itself";
    if (actor.equals(trimmed(salesperson))) {
      problems.add(new FieldProblem("salesperson", message));
    }
    if (actor.equals(trimmed(ledgerAdministrator))) {
      problems.add(new FieldProblem("ledgerAdministrator", message));
    }
  }

  private static String trimmed(String s) {
    return s == null ? null : s.trim();
  }

  /**
   * Whether these terms loosen the customer's credit: a higher limit, a better grade (no grade counts
   * below E), or to {@code CREDIT} from cash or prepayment. Such a change needs a supervisor other than
   * the requester, whichever path it takes (PATCH, the credit review).
   */
  @Transactional(readOnly = true)
  public boolean loosens(String customerNo, CreditTerms terms) {
    return loosens(get(customerNo), terms);
  }

  private static boolean loosens(Customer customer, CreditTerms terms) {
    return (terms.creditLimit() != null && terms.creditLimit().compareTo(customer.getCreditLimit()) > 0)
        || (terms.grade() != null && !terms.grade().isBlank() && rank(terms.grade().trim()) < rank(customer.getGrade()))
        || (terms.settlementMethod() != null && looser(terms.settlementMethod(), customer.getSettlementMethod()));
  }

  /** Prepayment (paid before delivery) is the strictest, then cash on delivery, then credit. */
  private static boolean looser(SettlementMethod requested, SettlementMethod current) {
    return current != null && requested.ordinal() > current.ordinal();
  }

  private boolean hasDocuments(Customer customer) {
    Number count = (Number) entityManager.createNativeQuery(
            "select (select count(*) from invoice where customer_id = ?1)"
                + " + (select count(*) from credit_document where customer_id = ?1)")
        .setParameter(1, customer.getId())
        .getSingleResult();
    return count.longValue() > 0;
  }

  /**
   * Changes limit, grade, settlement method, payment terms and review dates (null arguments stay as
   * they are); see {@link #changeCredit}.
   */
  public CreditChangeOutcome changeCreditTerms(String customerNo, CreditTerms terms, String actor, String reason) {
    return changeCredit(customerNo, terms, null, actor, reason);
  }

  /**
   * Changes credit terms and the standing ({@code ACTIVE}, {@code CASH_ONLY}, {@code CLOSED}) with a
   * reason (required when anything changes). What tightens (lower limit, worse grade, credit to
   * cash or prepayment, cash only, closed) or carries no risk (terms days, review dates) applies at
   * once and is kept in the history; what loosens is kept as a pending {@link CreditChangeRequest}
   * (event {@link CreditChangeRequested}) and applies only when a supervisor other than
   * {@code actor} approves it ({@link #approveCreditChange}).
   */
  public CreditChangeOutcome changeCredit(String customerNo, CreditTerms terms, CustomerStatus standing,
      String actor, String reason) {
    var customer = get(customerNo);
    var problems = new ArrayList<FieldProblem>();
    checkCreditTerms(terms.creditLimit(), terms.paymentTermsDays(), problems);
    checkGrade(terms.grade(), problems);
    if (standing == CustomerStatus.CREDIT_HOLD) {
      problems.add(new FieldProblem("status",
          "must be ACTIVE, CASH_ONLY or CLOSED; a credit hold is placed with a cause"));
    }
    BigDecimal limit = terms.creditLimit() == null ? null : Amounts.round(terms.creditLimit());
    String grade = blankToNull(terms.grade());
    boolean anything = differs(customer.getCreditLimit(), limit) || differs(customer.getGrade(), grade)
        || differs(customer.getSettlementMethod(), terms.settlementMethod())
        || differs(customer.getPaymentTermsDays(), terms.paymentTermsDays())
        || differs(customer.getLastReviewDate(), terms.lastReviewDate())
        || differs(customer.getNextReviewDate(), terms.nextReviewDate())
        || differs(customer.getStanding(), standing);
    if (anything && isBlank(reason)) {
      problems.add(new FieldProblem("reason", "is required for every change of credit fields or status"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String why = anything ? reason.trim() : reason;
    BigDecimal oldLimit = null;
    BigDecimal newLimit = null;
    String oldGrade = null;
    String newGrade = null;
    SettlementMethod oldMethod = null;
    SettlementMethod newMethod = null;
    CustomerStatus oldStanding = null;
    CustomerStatus newStanding = null;
    if (limit != null && limit.compareTo(customer.getCreditLimit()) > 0) {
      oldLimit = customer.getCreditLimit();
      newLimit = limit;
    } else {
      change(customer, "creditLimit", customer::getCreditLimit, limit, customer::setCreditLimit, actor, why);
    }
    if (grade != null && rank(grade) < rank(customer.getGrade())) {
      oldGrade = customer.getGrade();
      newGrade = grade;
    } else {
      change(customer, "grade", customer::getGrade, grade, customer::setGrade, actor, why);
    }
    if (terms.settlementMethod() != null && looser(terms.settlementMethod(), customer.getSettlementMethod())) {
      oldMethod = customer.getSettlementMethod();
      newMethod = terms.settlementMethod();
    } else {
      change(customer, "settlementMethod", customer::getSettlementMethod, terms.settlementMethod(),
          customer::setSettlementMethod, actor, why);
    }
    change(customer, "paymentTermsDays", customer::getPaymentTermsDays, terms.paymentTermsDays(),
        customer::setPaymentTermsDays, actor, why);
    change(customer, "lastReviewDate", customer::getLastReviewDate, terms.lastReviewDate(),
        customer::setLastReviewDate, actor, why);
    change(customer, "nextReviewDate", customer::getNextReviewDate, terms.nextReviewDate(),
        customer::setNextReviewDate, actor, why);
    if (standing != null && standing != customer.getStanding()) {
      if (loosens(customer.getStanding(), standing)) {
        oldStanding = customer.getStanding();
        newStanding = standing;
      } else {
        customer.setStanding(standing);
        restate(customer, actor, why, null);
      }
    }
    if (newLimit == null && newGrade == null && newMethod == null && newStanding == null) {
      return new CreditChangeOutcome(customer, Optional.empty());
    }
    var pending = new CreditChangeRequest(
        "CCR-" + customer.getCustomerNo() + "-" + (requests.countByCustomer(customer) + 1), customer, why, actor, now());
    pending.creditLimit(oldLimit, newLimit);
    pending.grade(oldGrade, newGrade);
    pending.settlementMethod(oldMethod, newMethod);
    pending.standing(oldStanding, newStanding);
    requests.save(pending);
    changes.save(new CustomerChange(customer, "creditChangeRequest", null,
        text("PENDING: " + String.join("; ", pending.changes())), now(), actor, why, null, pending.getRequestNo()));
    events.publishEvent(new CreditChangeRequested(pending.getRequestNo(), customer.getCustomerNo(), actor));
    return new CreditChangeOutcome(customer, Optional.of(pending));
  }

  /**
   * A supervisor approves a pending change: the second person must be a member of {@code supervisor}
   * and not the requester ({@link ApprovalRefusedException} otherwise, nothing changes). The fields
   * asked are set and kept in the history for the requester, with the approver and the request.
   */
  public Customer approveCreditChange(String requestNo, String approver, String approverReason) {
    var request = pendingRequest(requestNo);
    supervisors.checkSecondPerson(approver, request.getRequestedBy());
    var customer = request.getCustomer();
    checkUnchangedSince(request, customer);
    var approval = new Approval(approver, requestNo);
    String actor = request.getRequestedBy();
    String why = request.getReason();
    change(customer, "creditLimit", customer::getCreditLimit, request.getNewCreditLimit(), customer::setCreditLimit,
        actor, why, approval);
    change(customer, "grade", customer::getGrade, request.getNewGrade(), customer::setGrade, actor, why, approval);
    change(customer, "settlementMethod", customer::getSettlementMethod, request.getNewSettlementMethod(),
        customer::setSettlementMethod, actor, why, approval);
    if (request.getNewStanding() != null && request.getNewStanding() != customer.getStanding()) {
      customer.setStanding(request.getNewStanding());
      restate(customer, actor, why, approval);
    }
    request.decide(ApprovalStatus.APPROVED, approver, blankToNull(approverReason), now());
    changes.save(new CustomerChange(customer, "creditChangeRequest", "PENDING", "APPROVED", now(), approver,
        blankToNull(approverReason), approver, requestNo));
    return customer;
  }

  /**
   * The supervisor approves what the request shows (old → new): a field changed since it was asked (a
   * grade lowered to E meanwhile) would make the approval loosen more than shown, so it is refused and
   * the change must be asked again.
   */
  private static void checkUnchangedSince(CreditChangeRequest request, Customer customer) {
    var changed = new ArrayList<String>();
    if (request.getNewCreditLimit() != null && differs(customer.getCreditLimit(), request.getOldCreditLimit())) {
      changed.add("creditLimit");
    }
    if (request.getNewGrade() != null && !Objects.equals(customer.getGrade(), request.getOldGrade())) {
      changed.add("grade");
    }
    if (request.getNewSettlementMethod() != null && customer.getSettlementMethod() != request.getOldSettlementMethod()) {
      changed.add("settlementMethod");
    }
    if (request.getNewStanding() != null && customer.getStanding() != request.getOldStanding()) {
      changed.add("status");
    }
    if (!changed.isEmpty()) {
      throw new ApprovalRefusedException("requestNo", "the customer's " + String.join(", ", changed)
          + " changed since " + request.getRequestNo() + " was asked: refuse it and ask again");
    }
  }

  /** A supervisor (not the requester) refuses a pending change, with a reason; the customer keeps its terms. */
  public CreditChangeRequest refuseCreditChange(String requestNo, String approver, String approverReason) {
    var request = pendingRequest(requestNo);
    if (isBlank(approverReason)) {
      throw new InvalidInputException("reason", "a reason is required to refuse a credit change");
    }
    supervisors.checkSecondPerson(approver, request.getRequestedBy());
    request.decide(ApprovalStatus.REFUSED, approver, approverReason.trim(), now());
    changes.save(new CustomerChange(request.getCustomer(), "creditChangeRequest", "PENDING", "REFUSED", now(),
        approver, approverReason.trim(), null, requestNo));
    return request;
  }

  @Transactional(readOnly = true)
  public CreditChangeRequest creditChangeRequest(String requestNo) {
    return requests.findByRequestNo(requestNo)
        .orElseThrow(() -> new NotFoundException("credit change request", "requestNo", requestNo));
  }

  @Transactional(readOnly = true)
  public List<CreditChangeRequest> creditChangeRequests(String customerNo) {
    return requests.findByCustomer(get(customerNo));
  }

  /**
   * The result of a credit review (customer-credit-review): applied at once, because the review is
   * its own control — the models' recommendation, credit's decision and, where the limit is more than
   * the allowed share above the recommendation or above the amount, a supervisor's approval. When
   * {@code approvedBy} is given it must be a supervisor other than {@code decidedBy}.
   */
  public Customer applyReviewedTerms(String customerNo, CreditTerms terms, String decidedBy, String approvedBy,
      String reason) {
    if (approvedBy != null) {
      supervisors.checkSecondPerson(approvedBy, decidedBy);
    }
    var customer = get(customerNo);
    if (approvedBy == null && loosens(customer, terms)) {
      throw new ApprovalRefusedException("approvedBy", "the review's terms loosen the credit of " + customerNo
          + " (higher limit, better grade or credit): a supervisor other than " + decidedBy + " must approve them");
    }
    var problems = new ArrayList<FieldProblem>();
    checkCreditTerms(terms.creditLimit(), terms.paymentTermsDays(), problems);
    checkGrade(terms.grade(), problems);
    if (isBlank(reason)) {
      problems.add(new FieldProblem("reason", "is required for every change of credit fields"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var approval = approvedBy == null ? null : new Approval(approvedBy, null);
    change(customer, "creditLimit", customer::getCreditLimit, Amounts.round(terms.creditLimit()),
        customer::setCreditLimit, decidedBy, reason, approval);
    change(customer, "grade", customer::getGrade, blankToNull(terms.grade()), customer::setGrade,
        decidedBy, reason, approval);
    change(customer, "settlementMethod", customer::getSettlementMethod, terms.settlementMethod(),
        customer::setSettlementMethod, decidedBy, reason, approval);
    change(customer, "paymentTermsDays", customer::getPaymentTermsDays, terms.paymentTermsDays(),
        customer::setPaymentTermsDays, decidedBy, reason, approval);
    change(customer, "lastReviewDate", customer::getLastReviewDate, terms.lastReviewDate(),
        customer::setLastReviewDate, decidedBy, reason, approval);
    change(customer, "nextReviewDate", customer::getNextReviewDate, terms.nextReviewDate(),
        customer::setNextReviewDate, decidedBy, reason, approval);
    return customer;
  }

  private CreditChangeRequest pendingRequest(String requestNo) {
    var request = creditChangeRequest(requestNo);
    if (request.getStatus() != ApprovalStatus.PENDING) {
      throw new ApprovalRefusedException("requestNo",
          "credit change " + requestNo + " was already " + request.getStatus().name().toLowerCase()
              + " by " + request.getDecidedBy());
    }
    return request;
  }

  /** Out of cash only into active, or out of closed: needs a second person. */
  private static boolean loosens(CustomerStatus from, CustomerStatus to) {
    return from == CustomerStatus.CLOSED || (from == CustomerStatus.CASH_ONLY && to == CustomerStatus.ACTIVE);
  }

  /** A = 0 (best) … E = 4 (worst); no grade counts as below E. */
  private static int rank(String grade) {
    return grade == null ? GRADES.length() : GRADES.indexOf(grade);
  }

  /**
   * Sets the standing: {@code ACTIVE}, {@code CASH_ONLY} (credit line cancelled) or {@code CLOSED}.
   * {@code CREDIT_HOLD} is not set here but by {@link #placeHold}.
   */
  public CreditChangeOutcome changeStatus(String customerNo, CustomerStatus standing, String actor, String reason) {
    if (standing == null || standing == CustomerStatus.CREDIT_HOLD) {
      throw new InvalidInputException("status",
          "must be ACTIVE, CASH_ONLY or CLOSED; a credit hold is placed with a cause");
    }
    return changeCredit(customerNo, new CreditTerms(null, null, null, null, null, null), standing, actor, reason);
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
    restate(customer, actor, reason == null ? "hold " + cause : reason, null);
    return hold;
  }

  /**
   * A person lifts a hold: only a member of {@code supervisor}, with a reason (403 / 422
   * otherwise); the cause lifts its own hold with {@link #liftHold} (a collection case once nothing is
   * overdue). A supervisor's lift of a case's hold holds until the case's next evaluation, unless the
   * supervisor also pauses the case's stop supply. Returns how many holds were lifted.
   */
  public int liftHoldAsSupervisor(String customerNo, String cause, String reference, String actor, String reason) {
    checkHoldLift(actor, reason);
    return liftHold(customerNo, cause, reference, actor, reason.trim());
  }

  /** Refuses a lift of a hold by anyone but a supervisor with a reason. */
  public void checkHoldLift(String actor, String reason) {
    if (!supervisors.isSupervisor(actor)) {
      throw new ApprovalRefusedException("cause", "a hold is lifted by its cause (the collection case once nothing is "
          + "overdue) or by a supervisor with a reason; " + actor + " is not a member of the supervisor group");
    }
    if (isBlank(reason)) {
      throw new InvalidInputException("reason", "is required to lift a hold");
    }
  }

  /** Whether a hold of this cause and reference is active. */
  @Transactional(readOnly = true)
  public boolean hasActiveHold(String customerNo, String cause, String reference) {
    return holds.findActive(get(customerNo)).stream()
        .anyMatch(h -> h.getCause().equals(cause) && Objects.equals(h.getReference(), reference));
  }

  /**
   * The cause lifts its own holds (this cause, and reference when given); people lift holds through
   * {@link #liftHoldAsSupervisor}. The customer stays on {@code CREDIT_HOLD} while another hold is
   * active. Returns how many holds were lifted.
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
      restate(customer, actor, reason == null ? "hold " + cause + " lifted" : reason, null);
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

  /** Every change of every field (and every credit change request and its decision), oldest first. */
  @Transactional(readOnly = true)
  public List<CustomerChange> history(String customerNo) {
    return changes.findByCustomer(get(customerNo));
  }

  /** The rules a new customer must keep; the import reports them per line. */
  public void validate(NewCustomer request) {
    validate(request, null);
  }

  /** {@link #validate(NewCustomer)}, and a member of credit opening it does not name itself salesperson or ledger administrator. */
  public void validate(NewCustomer request, String actor) {
    var problems = new ArrayList<FieldProblem>();
    checkNotOwnRouting(request.salesperson(), request.ledgerAdministrator(), actor, problems);
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
    checkGrade(request.grade(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void restate(Customer customer, String actor, String reason, Approval approval) {
    var before = customer.getStatus();
    var after = customer.restate(!holds.findActive(customer).isEmpty());
    if (before != after) {
      record(customer, "status", before, after, actor, reason, approval);
      events.publishEvent(
          new CustomerStatusChanged(customer.getCustomerNo(), before.name(), after.name(), reason));
    }
  }

  private <T> void change(Customer customer, String field, Supplier<T> current, T value,
      Consumer<T> setter, String actor, String reason) {
    change(customer, field, current, value, setter, actor, reason, null);
  }

  private <T> void change(Customer customer, String field, Supplier<T> current, T value,
      Consumer<T> setter, String actor, String reason, Approval approval) {
    if (value == null) {
      return;
    }
    T before = current.get();
    boolean same = before instanceof BigDecimal b && value instanceof BigDecimal v
        ? b.compareTo(v) == 0
        : Objects.equals(before, value);
    if (!same) {
      setter.accept(value);
      record(customer, field, before, value, actor, reason, approval);
    }
  }

  private void record(Customer customer, String field, Object before, Object after, String actor,
      String reason, Approval approval) {
    changes.save(new CustomerChange(customer, field, text(before), text(after), now(), actor, reason,
        approval == null ? null : approval.by(), approval == null ? null : approval.requestNo()));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.length() > 500 ? text.substring(0, 497) + "..." : text;
  }

  /** The second person of a change and the request it answered. */
  private record Approval(String by, String requestNo) {}

  private static boolean differs(Object current, Object requested) {
    if (requested == null) {
      return false;
    }
    if (current instanceof BigDecimal c && requested instanceof BigDecimal r) {
      return c.compareTo(r) != 0;
    }
    return !requested.equals(current);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static void checkGrade(String grade, List<FieldProblem> problems) {
    if (grade != null && !grade.isBlank() && (grade.trim().length() != 1 || GRADES.indexOf(grade.trim()) < 0)) {
      problems.add(new FieldProblem("grade", "must be one of A, B, C, D, E (A best)"));
    }
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
