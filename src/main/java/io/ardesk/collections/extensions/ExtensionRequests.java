package io.ardesk.collections.extensions;

import io.ardesk.collections.CollectionCase;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.PenaltyInterest;
import io.ardesk.credit.review.CreditReview;
import io.ardesk.credit.review.CreditReviewRepository;
import io.ardesk.credit.review.CreditRiskSignalRepository;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.document.CreditReductions;
import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InterestProperties;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCharge;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.ledger.report.PaymentRecord;
import io.ardesk.ledger.report.PaymentRecordService;
import io.ardesk.language.TeamLanguage;
import io.ardesk.letters.Outbox;
import io.ardesk.letters.OutgoingLetter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment extensions (延期付款, docs/domain.md §8): a customer asks to pay invoices later; credit checks the
 * customer at once (即期資信調查); the decision table refuses, grants or asks a supervisor; a grant
 * moves the effective due dates; on the new date the share paid decides the charges, the customer
 * gets a letter, and unpaid items go back to collections at the stage they had reached.
 */
@Service
@Transactional
public class ExtensionRequests {

  static final String TABLE = "extension-decision";

  private final ExtensionRequestRepository requests;
  private final ExtensionItemRepository items;
  private final ExtensionChargeRepository charges;
  private final ExtensionNumbers numbers;
  private final ExtensionRules rules;
  private final ExtensionLetters letters;
  private final Outbox outbox;
  private final CustomerService customers;
  private final InvoiceService invoices;
  private final LedgerQueries ledger;
  private final PaymentRecordService paymentRecords;
  private final CollectionCaseService cases;
  private final CreditRiskSignalRepository riskSignals;
  private final CreditReviewRepository reviews;
  private final ExtensionProperties properties;
  private final CreditReductions reductions;
  private final Supervisors supervisors;
  private final InterestProperties interest;
  private final PenaltyInterest penaltyInterest;
  private final Clock clock;
  private final TeamLanguage language;

  ExtensionRequests(ExtensionRequestRepository requests, ExtensionItemRepository items,
      ExtensionChargeRepository charges, ExtensionNumbers numbers, ExtensionRules rules, ExtensionLetters letters,
      Outbox outbox, CustomerService customers, InvoiceService invoices, LedgerQueries ledger,
      PaymentRecordService paymentRecords, CollectionCaseService cases, CreditRiskSignalRepository riskSignals,
      CreditReviewRepository reviews, ExtensionProperties properties, InterestProperties interest, Clock clock,
      CreditReductions reductions, Supervisors supervisors, PenaltyInterest penaltyInterest, TeamLanguage language) {
    this.language = language;
    this.penaltyInterest = penaltyInterest;
    this.reductions = reductions;
    this.supervisors = supervisors;
    this.requests = requests;
    this.items = items;
    this.charges = charges;
    this.numbers = numbers;
    this.rules = rules;
    this.letters = letters;
    this.outbox = outbox;
    this.customers = customers;
    this.invoices = invoices;
    this.ledger = ledger;
    this.paymentRecords = paymentRecords;
    this.cases = cases;
    this.riskSignals = riskSignals;
    this.reviews = reviews;
    this.properties = properties;
    this.interest = interest;
    this.clock = clock;
  }

  /**
   * Records a request after checking it: a known customer, its own open invoices not already in a
   * running extension, a date after today and after every invoice's due date, a reason. Every
   * problem names its field ({@code invoiceNos[1]} for the second invoice).
   */
  public ExtensionRequest register(NewExtensionRequest request, RequestSource source, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    Customer customer = customerOf(request.customerNo(), problems);
    List<Invoice> asked = invoicesOf(request.invoiceNos(), customer, problems);
    LocalDate newDate = request.requestedDueDate();
    if (newDate == null) {
      problems.add(new FieldProblem("requestedDueDate", "give the date by which the customer will pay"));
    } else {
      if (!newDate.isAfter(today())) {
        problems.add(new FieldProblem("requestedDueDate", "the new date " + newDate + " must be after today"));
      }
      for (Invoice invoice : asked) {
        if (!newDate.isAfter(invoice.getEffectiveDueDate())) {
          problems.add(new FieldProblem("requestedDueDate", "the new date " + newDate + " is not after the due date "
              + invoice.getEffectiveDueDate() + " of invoice " + invoice.getInvoiceNo()));
        }
      }
    }
    if (request.reason() == null || request.reason().isBlank()) {
      problems.add(new FieldProblem("reason", "say why the customer needs more time"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long id = numbers.next();
    BigDecimal extended = asked.stream().map(Invoice::getOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    ExtensionRequest saved = requests.save(new ExtensionRequest(id, ExtensionNumbers.requestNo(today().getYear(), id),
        customer.getCustomerNo(), newDate, request.reason().strip(), source, asked.get(0).getCurrency(),
        Amounts.round(extended), actor, now()));
    asked.forEach(invoice -> items.save(new ExtensionItem(id, invoice.getInvoiceNo(), invoice.getEffectiveDueDate(),
        invoice.getOpenAmount())));
    return saved;
  }

  private Customer customerOf(String customerNo, List<FieldProblem> problems) {
    if (customerNo == null || customerNo.isBlank()) {
      problems.add(new FieldProblem("customerNo", "name the customer"));
      return null;
    }
    try {
      return customers.get(customerNo.strip());
    } catch (NotFoundException e) {
      problems.add(new FieldProblem("customerNo", "customer " + customerNo + " does not exist"));
      return null;
    }
  }

  private List<Invoice> invoicesOf(List<String> invoiceNos, Customer customer, List<FieldProblem> problems) {
    List<Invoice> found = new ArrayList<>();
    if (invoiceNos == null || invoiceNos.isEmpty()) {
      problems.add(new FieldProblem("invoiceNos", "name at least one invoice"));
      return found;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < invoiceNos.size(); i++) {
      String field = "invoiceNos[" + i + "]";
      String invoiceNo = invoiceNos.get(i) == null ? "" : invoiceNos.get(i).strip();
      if (invoiceNo.isEmpty()) {
        problems.add(new FieldProblem(field, "an invoice number is required"));
        continue;
      }
      if (!seen.add(invoiceNo)) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " is named twice"));
        continue;
      }
      Invoice invoice;
      try {
        invoice = invoices.get(invoiceNo);
      } catch (NotFoundException e) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " does not exist"));
        continue;
      }
      if (customer != null && !invoice.getCustomer().getId().equals(customer.getId())) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " belongs to another customer"));
      } else if (!invoice.isOpen()) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " is paid: nothing to extend"));
      } else if (!found.isEmpty() && !found.get(0).getCurrency().equals(invoice.getCurrency())) {
        problems.add(new FieldProblem(field, "invoice " + invoiceNo + " is in " + invoice.getCurrency()
            + ", the others in " + found.get(0).getCurrency() + ": one request per currency"));
      } else {
        found.add(invoice);
      }
    }
    if (!found.isEmpty()) {
      Map<String, String> running = items.findRunning(found.stream().map(Invoice::getInvoiceNo).toList(),
          Arrays.stream(ExtensionStatus.values()).filter(ExtensionStatus::running).toList()).stream()
          .collect(Collectors.toMap(row -> (String) row[1], row -> (String) row[0], (a, b) -> a));
      for (int i = 0; i < invoiceNos.size(); i++) {
        String invoiceNo = invoiceNos.get(i) == null ? "" : invoiceNos.get(i).strip();
        if (running.containsKey(invoiceNo)) {
          problems.add(new FieldProblem("invoiceNos[" + i + "]", "invoice " + invoiceNo + " is already in extension "
              + running.get(invoiceNo)));
        }
      }
    }
    return found;
  }

  /** Fresh facts for the credit check: ledger, payment record, grade and open risk signals. */
  @Transactional(readOnly = true)
  public CreditFacts creditFacts(String requestNo) {
    ExtensionRequest r = get(requestNo);
    Customer customer = customers.get(r.getCustomerNo());
    List<ExtensionItem> extended = items.findByRequestIdOrderByIdAsc(r.getId());
    String currency = customer.getCurrency();
    List<OverdueItem> overdue = ledger.overdueItems(r.getCustomerNo(), today());
    BigDecimal overdueAmount = overdue.stream().map(OverdueItem::customerOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    StringBuilder facts = new StringBuilder()
        .append(language.text("extension.facts.limit", language.textOr("customer.status." + customer.getStatus(),
            String.valueOf(customer.getStatus())), language.money(customer.getCreditLimit(), currency))).append('\n')
        .append(language.text("extension.facts.exposure", money(ledger.openReceivables(r.getCustomerNo())),
            money(ledger.unappliedCredit(r.getCustomerNo())),
            language.money(ledger.exposure(r.getCustomerNo()), currency))).append('\n')
        .append(language.text("extension.facts.overdue", language.money(overdueAmount, currency),
            String.valueOf(overdue.size())))
        .append(overdue.isEmpty() ? "" : language.text("extension.facts.oldest",
            String.valueOf(overdue.get(0).daysPastDue()))).append('\n')
        .append(language.text("extension.facts.askedFor"));
    for (ExtensionItem item : extended) {
      facts.append('\n').append(language.text("extension.facts.item", item.getInvoiceNo(),
          language.date(item.getPreviousDueDate()), money(item.getExtendedAmount()),
          language.date(r.getRequestedDueDate()),
          String.valueOf(ChronoUnit.DAYS.between(item.getPreviousDueDate(), r.getRequestedDueDate()))));
    }
    PaymentRecord record = paymentRecords.paymentRecord(r.getCustomerNo());
    PaymentRecord.Delinquency d = record.delinquency();
    String payments = language.text("extension.facts.paid", language.money(record.totalPaid(), currency),
        String.valueOf(record.weightedAverageDaysLate())) + "\n"
        + language.text("extension.facts.paidLate", String.valueOf(d.itemsPaidLate()), money(d.amountPaidLate()),
            String.valueOf(d.longestDelayDays())) + "\n"
        + language.text("extension.facts.broken", String.valueOf(d.brokenPromises()), String.valueOf(d.reversedPayments()));
    return new CreditFacts(customer.getName(), summary(r, customer, extended), facts.toString(), payments,
        customer.getGrade() == null ? language.text("extension.facts.noGrade") : customer.getGrade(),
        openRiskSignals(r.getCustomerNo()), r.getExtendedAmount(), extensionDays(r, extended));
  }

  /** Signals not yet weighed by a finished credit review: none reviewed, or their review still runs. */
  private String openRiskSignals(String customerNo) {
    String open = riskSignals.findByCustomerNoOrderByReportedAtAsc(customerNo).stream()
        .filter(s -> s.reviewId() == null || reviews.findById(s.reviewId()).map(CreditReview::isRunning).orElse(true))
        .map(s -> language.date(s.reportedAt().atZone(clock.getZone()).toLocalDate()) + " " + s.code()
            + " (" + s.reportedBy() + ")" + (s.note() == null ? "" : ": " + s.note()))
        .collect(Collectors.joining("\n"));
    return open.isEmpty() ? language.text("extension.facts.noSignals") : open;
  }

  /** "Acme Ltd asks to pay 1 invoice (10,000.00 CNY) by 2026-04-30, 60 days later: reason", in the team's language. */
  public String summary(String requestNo) {
    ExtensionRequest r = get(requestNo);
    return summary(r, customers.get(r.getCustomerNo()), items.findByRequestIdOrderByIdAsc(r.getId()));
  }

  private String summary(ExtensionRequest r, Customer customer, List<ExtensionItem> extended) {
    return language.text(extended.size() == 1 ? "extension.summary.one" : "extension.summary.many",
        customer.getName(), String.valueOf(extended.size()), language.money(r.getExtendedAmount(), r.getCurrency()),
        language.date(r.getRequestedDueDate()), String.valueOf(extensionDays(r, extended)), r.getReason());
  }

  /** The credit check as the approver's form shows it: "GOOD by carol", with the note of a bad one. */
  public String creditCheckSummary(ExtensionRequest request) {
    String check = language.textOr("extension.creditCheck." + request.getCreditCheck(),
        String.valueOf(request.getCreditCheck()));
    return request.getCreditCheckNote() == null
        ? language.text("extension.facts.checked", check, request.getCreditCheckedBy())
        : language.text("extension.facts.checkedWithNote", check, request.getCreditCheckedBy(),
            request.getCreditCheckNote());
  }

  private static int extensionDays(ExtensionRequest r, List<ExtensionItem> extended) {
    LocalDate latest = extended.stream().map(ExtensionItem::getPreviousDueDate).max(LocalDate::compareTo)
        .orElse(r.getRequestedDueDate());
    return (int) ChronoUnit.DAYS.between(latest, r.getRequestedDueDate());
  }

  /** The credit department's check: good or bad; a bad one needs a note. */
  public void recordCreditCheck(String requestNo, CreditCheck result, String note, String actor) {
    if (result == null) {
      throw new InvalidInputException("creditCheck", "say whether the customer's credit is good or bad");
    }
    if (result == CreditCheck.BAD && (note == null || note.isBlank())) {
      throw new InvalidInputException("creditCheckNote", "say why the credit is bad");
    }
    ExtensionRequest r = requireStatus(requestNo, ExtensionStatus.REQUESTED);
    if (actor != null && actor.equals(r.getRequestedBy())) {
      throw new ApprovalRefusedException("creditCheck", actor + " asked for extension " + requestNo
          + " and cannot check the customer's credit on it too: another member of credit must");
    }
    r.creditChecked(result, note == null || note.isBlank() ? null : note.strip(), actor, now());
  }

  /** The decision table on the credit check, the amount, the days asked for and the grade. */
  public ExtensionDecision decide(String requestNo) {
    ExtensionRequest r = requireStatus(requestNo, ExtensionStatus.REQUESTED);
    if (r.getCreditCheck() == null) {
      throw new ConflictException("creditCheck", "extension " + requestNo + " has no credit check yet");
    }
    BigDecimal counted = countedInBase(r);
    ExtensionRules.Decision decision = rules.decide(new ExtensionRules.DecisionInputs(r.getCreditCheck(),
        counted, properties.supervisorThreshold(),
        extensionDays(r, items.findByRequestIdOrderByIdAsc(r.getId())), customers.get(r.getCustomerNo()).getGrade()));
    r.decided(decision.decision(), decision.reason() + " (counted against the supervisor threshold: "
        + counted.toPlainString() + " " + reductions.baseCurrency() + " extended for the customer in "
        + reductions.windowDays() + " days to " + today() + ", threshold "
        + properties.supervisorThreshold().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " "
        + reductions.baseCurrency() + ")");
    return decision.decision();
  }

  /**
   * The amount the supervisor threshold is compared with: this request and the
   * customer's other requests of the rolling window not refused, each converted into the base currency
   * at today's (the decision date's) rate, so that requests split below the threshold still reach it.
   */
  private BigDecimal countedInBase(ExtensionRequest r) {
    LocalDate today = today();
    return requests.findByCustomerNoAndRequestedAtGreaterThanEqual(r.getCustomerNo(),
            reductions.windowStart(today).atStartOfDay()).stream()
        .filter(other -> other.getId().equals(r.getId()) || other.getStatus() != ExtensionStatus.REFUSED)
        .map(other -> reductions.inBase(other.getExtendedAmount(), other.getCurrency(), today))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** A supervisor approves or refuses a large extension, with a reason; returns the final decision. */
  public ExtensionDecision supervisorDecides(String requestNo, ExtensionRequest.SupervisorDecision answer,
      String reason, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (answer == null) {
      problems.add(new FieldProblem("supervisorDecision", "approve or refuse the extension"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("supervisorReason", "give the reason for the decision"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ExtensionRequest r = requireStatus(requestNo, ExtensionStatus.AWAITING_SUPERVISOR);
    supervisors.checkSecondPerson(actor, r.getRequestedBy());
    r.supervisorDecided(answer, reason.strip(), actor);
    return r.finalDecision();
  }

  /**
   * Grants the extension: the effective due dates move to the new date (the collection case leaves
   * the items out until then), the stage the customer's case had reached is remembered, and the
   * customer gets the answer by letter. Granting twice changes nothing.
   */
  public ExtensionRequest grant(String requestNo, String actor) {
    ExtensionRequest r = get(requestNo);
    if (r.getStatus() == ExtensionStatus.GRANTED) {
      return r;
    }
    requireFinal(r, ExtensionDecision.GRANT);
    List<ExtensionItem> extended = items.findByRequestIdOrderByIdAsc(r.getId());
    boolean inCollections = extended.stream().anyMatch(item -> item.getPreviousDueDate().isBefore(today()));
    Optional<CollectionCase> openCase = inCollections ? cases.openCase(r.getCustomerNo()) : Optional.empty();
    r.granted(decider(r, actor), now(), openCase.map(CollectionCase::getId).orElse(null),
        openCase.map(CollectionCase::getStage).orElse(null));
    for (ExtensionItem item : extended) {
      invoices.extendDueDate(item.getInvoiceNo(), r.getRequestedDueDate(), requestNo, actor);
    }
    letters.answer(r, customers.get(r.getCustomerNo()), extended);
    return r;
  }

  /** Refuses the extension: collections go on; the customer gets the answer by letter. */
  public ExtensionRequest refuse(String requestNo, String actor) {
    ExtensionRequest r = get(requestNo);
    if (r.getStatus() == ExtensionStatus.REFUSED) {
      return r;
    }
    requireFinal(r, ExtensionDecision.REFUSE);
    r.refused(decider(r, actor), now());
    letters.answer(r, customers.get(r.getCustomerNo()), items.findByRequestIdOrderByIdAsc(r.getId()));
    return r;
  }

  private static String decider(ExtensionRequest r, String actor) {
    return r.getSupervisor() != null ? r.getSupervisor() : TABLE;
  }

  private static void requireFinal(ExtensionRequest r, ExtensionDecision expected) {
    if (r.finalDecision() != expected) {
      throw new ConflictException("decision", "extension " + r.getRequestNo() + " is decided " + r.finalDecision()
          + ", not " + expected);
    }
  }

  /**
   * On the new date: what is left of each item, the share of the extended amount paid, and the
   * outcome by the table {@code extension-outcome}. Measured again on a retry, with the same result
   * for the same ledger.
   */
  public ExtensionRequest measureOutcome(String requestNo) {
    ExtensionRequest r = get(requestNo);
    if (r.getStatus() != ExtensionStatus.GRANTED && r.getStatus() != ExtensionStatus.ENDED) {
      throw new ConflictException("status", "extension " + requestNo + " is " + r.getStatus() + ", not granted");
    }
    if (r.getOutcome() != null) {
      return r;
    }
    BigDecimal balance = BigDecimal.ZERO;
    for (ExtensionItem item : items.findByRequestIdOrderByIdAsc(r.getId())) {
      item.openOnNewDate(invoices.get(item.getInvoiceNo()).getOpenAmount());
      balance = balance.add(item.getOpenOnNewDate());
    }
    BigDecimal paid = r.getExtendedAmount().subtract(balance);
    ExtensionRules.OutcomeRule rule = rules.outcome(ExtensionCharges.paidShare(paid, r.getExtendedAmount()));
    r.outcome(rule, Amounts.round(paid), Amounts.round(balance), r.getRequestedDueDate());
    return r;
  }

  /**
   * Posts the penalty and the interest the outcome calls for as ledger charges with their own due
   * date, each once: under the natural key (request, kind) and the charge number
   * {@code EXT-…-PEN} / {@code EXT-…-INT}, so a retried step posts nothing more.
   */
  public List<ExtensionCharge> postCharges(String requestNo, String actor) {
    ExtensionRequest r = get(requestNo);
    if (r.getOutcome() == null) {
      throw new ConflictException("outcome", "extension " + requestNo + " has no outcome yet");
    }
    List<ExtensionItem> extended = items.findByRequestIdOrderByIdAsc(r.getId());
    if (r.chargesPenalty()) {
      charge(r, ExtensionCharge.Kind.PENALTY, r.getBalance(), properties.penaltyRate(),
          ExtensionCharges.penalty(r.getBalance(), properties.penaltyRate()), actor);
    }
    if (r.chargesInterest() && charges.findByRequestIdAndKind(r.getId(), ExtensionCharge.Kind.INTEREST).isEmpty()) {
      // the one interest rule: per invoice at its rate, from the later of the due date before the
      // extension and the day interest was last charged on it, to the new date; those days are charged now
      List<PenaltyInterest.Accrual> accrued = extended.stream()
          .map(item -> penaltyInterest.accrue(item.getInvoiceNo(), item.getPreviousDueDate(), item.getOpenOnNewDate(),
              r.getRequestedDueDate()))
          .toList();
      BigDecimal amount = ExtensionCharges.cents(accrued.stream().map(PenaltyInterest.Accrual::interest)
          .reduce(BigDecimal.ZERO, BigDecimal::add));
      BigDecimal rate = accrued.isEmpty() ? penaltyInterest.rateFor(r.getCustomerNo(), null)
          : accrued.get(0).annualRate();
      if (charge(r, ExtensionCharge.Kind.INTEREST, r.getBalance(), rate, amount, actor)) {
        penaltyInterest.charged(accrued, ExtensionCharge.Kind.INTEREST.chargeNo(r.getRequestNo()), actor);
      }
    }
    return charges.findByRequestIdOrderByIdAsc(r.getId());
  }

  /** Posts the charge unless it is zero or posted already; answers whether it posted it. */
  private boolean charge(ExtensionRequest r, ExtensionCharge.Kind kind, BigDecimal base, BigDecimal rate,
      BigDecimal amount, String actor) {
    if (amount.signum() <= 0 || charges.findByRequestIdAndKind(r.getId(), kind).isPresent()) {
      return false;
    }
    String chargeNo = kind.chargeNo(r.getRequestNo());
    LocalDate due = today().plusDays(properties.chargeTermsDays());
    String description = (kind == ExtensionCharge.Kind.PENALTY ? "Penalty (違約金) " : "Interest for the extension period ")
        + "of payment extension " + r.getRequestNo() + " to " + r.getRequestedDueDate();
    invoices.postCharge(new NewCharge(chargeNo, r.getCustomerNo(), today(), due, amount, r.getCurrency(), description),
        actor);
    charges.saveAndFlush(new ExtensionCharge(r.getId(), kind, chargeNo, base, rate, amount, due, now()));
    return true;
  }

  /** The outcome letter: what was paid, the charges, and that unpaid items return to collections. */
  public OutgoingLetter writeOutcomeLetter(String requestNo) {
    ExtensionRequest r = get(requestNo);
    return letters.outcome(r, customers.get(r.getCustomerNo()), items.findByRequestIdOrderByIdAsc(r.getId()),
        charges.findByRequestIdOrderByIdAsc(r.getId()));
  }

  /** Ends the extension; returns the invoices still unpaid, which go back to collections. */
  public List<String> end(String requestNo) {
    ExtensionRequest r = get(requestNo);
    r.ended();
    return items.findByRequestIdOrderByIdAsc(r.getId()).stream()
        .filter(item -> item.getOpenOnNewDate() != null && item.getOpenOnNewDate().signum() > 0)
        .map(ExtensionItem::getInvoiceNo).toList();
  }

  @Transactional(readOnly = true)
  public ExtensionRequest get(String requestNo) {
    return requests.findByRequestNo(requestNo)
        .orElseThrow(() -> new NotFoundException("extension request", "requestNo", requestNo));
  }

  @Transactional(readOnly = true)
  public ExtensionView view(String requestNo) {
    ExtensionRequest r = get(requestNo);
    return new ExtensionView(r.getRequestNo(), r.getCustomerNo(), r.getStatus().name(), r.getRequestedDueDate(),
        r.getReason(), r.getSource().name(), r.getRequestedBy(), r.getRequestedAt(), r.getExtendedAmount(),
        r.getCurrency(),
        items.findByRequestIdOrderByIdAsc(r.getId()).stream().map(i -> new ExtensionView.Item(i.getInvoiceNo(),
            i.getPreviousDueDate(), i.getExtendedAmount(), i.getOpenOnNewDate())).toList(),
        name(r.getCreditCheck()), r.getCreditCheckNote(), r.getCreditCheckedBy(), name(r.getDecision()),
        r.getDecisionReason(), name(r.getSupervisorDecision()), r.getSupervisorReason(), name(r.finalDecision()),
        r.getDecidedBy(), r.getDecidedAt(), name(r.getOutcome()), r.getPaidAmount(), r.getBalance(),
        charges.findByRequestIdOrderByIdAsc(r.getId()).stream().map(c -> new ExtensionView.Charge(c.getKind().name(),
            c.getChargeNo(), c.getBaseAmount(), c.getRate(), c.getAmount(), c.getDueDate())).toList(),
        outbox.about(r.getRequestNo()).stream().map(l -> new ExtensionView.Letter(l.getKind(),
            l.getSubject(), l.getRecipient(), l.getDelivery().name(), l.getSentAt())).toList());
  }

  private ExtensionRequest requireStatus(String requestNo, ExtensionStatus status) {
    ExtensionRequest r = get(requestNo);
    if (r.getStatus() != status) {
      throw new ConflictException("status", "extension " + requestNo + " is " + r.getStatus() + ", not " + status);
    }
    return r;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String money(BigDecimal amount) {
    return TeamLanguage.money(amount);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
