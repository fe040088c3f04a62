package io.ardesk.collections;

import io.ardesk.collections.letters.LetterWriter;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.ledger.rates.ExchangeRates;
import io.ardesk.letters.OutgoingLetter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue escalation of one customer (docs/domain.md §9): opening and closing its case, evaluating the
 * stage against the ledger, the stage's actions (letter, stop supply) and what people record —
 * calls, promises, visits, plans, supervisor decisions, judgment, write-off.
 */
@Service
@Transactional
public class CollectionCaseService {

  /** The cause under which a case's stop supply is recorded on the customer. */
  public static final String HOLD_CAUSE = "COLLECTION_CASE";

  private final CaseRepository cases;
  private final ActionRepository actions;
  private final PromiseRepository promises;
  private final LetterWriter letterWriter;
  private final LedgerQueries ledger;
  private final CustomerService customers;
  private final InvoiceService invoices;
  private final PaymentService payments;
  private final EscalationLadder ladder;
  private final CollectionsProperties properties;
  private final CaseChanges changes;
  private final Supervisors supervisors;
  private final ProblemReceivables problems;
  private final CaseMeasures measures;
  private final Clock clock;
  private final ExchangeRates rates;

  CollectionCaseService(CaseRepository cases, ActionRepository actions, PromiseRepository promises,
      LetterWriter letterWriter, LedgerQueries ledger, CustomerService customers,
      InvoiceService invoices, PaymentService payments, EscalationLadder ladder, CollectionsProperties properties,
      CaseChanges changes, Supervisors supervisors, ProblemReceivables problems, CaseMeasures measures, Clock clock,
      ExchangeRates rates) {
    this.rates = rates;
    this.problems = problems;
    this.measures = measures;
    this.changes = changes;
    this.supervisors = supervisors;
    this.cases = cases;
    this.actions = actions;
    this.promises = promises;
    this.letterWriter = letterWriter;
    this.ledger = ledger;
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.ladder = ladder;
    this.properties = properties;
    this.clock = clock;
  }

  public record Opening(CollectionCase collectionCase, boolean created) {}

  /** Opens the customer's case, or returns the one already open (one open case per customer). */
  public Opening open(String customerNo, String actor) {
    Optional<CollectionCase> open = cases.findByOpenCustomerNo(customerNo);
    if (open.isPresent()) {
      return new Opening(open.get(), false);
    }
    CollectionCase opened = cases.saveAndFlush(new CollectionCase(customerNo, now()));
    save(action(opened, ActionKind.OPENED, actor));
    return new Opening(opened, true);
  }

  /**
   * Items back from a payment extension (延期付款) resume collections at the stage they had reached:
   * the customer's open case, or a new one if the case closed meanwhile, climbs to that stage. The
   * stage's letter is not sent again by a resumed case (the extension's outcome letter told the
   * customer); its stop supply, calls and later stages follow as usual.
   */
  public Opening resume(String customerNo, Stage reached, String reference, String actor) {
    Opening opening = open(customerNo, actor);
    CollectionCase c = opening.collectionCase();
    if (reached != null && c.climbTo(reached, today())) {
      save(action(c, ActionKind.RESUMED, actor).note("items back from " + reference + " at " + reached).on(today()));
    }
    return opening;
  }

  @Transactional(readOnly = true)
  public Optional<CollectionCase> openCase(String customerNo) {
    return cases.findByOpenCustomerNo(customerNo);
  }

  /**
   * Looks at the ledger as of today and says what the case needs now. In order: the case forgets the
   * change requests committed so far (this evaluation sees them); an open promise whose date and grace
   * have passed is judged (kept, or broken: risk signal and the next stage at once); the overdue,
   * undisputed items are read; while a promise is open the ladder waits (no stage, letter, stop
   * supply or call); otherwise the case climbs to the stage the oldest item has reached and does
   * that stage's automatic actions once (the letter, stop supply from LETTER_2).
   */
  public CaseAgenda evaluate(String customerNo) {
    CollectionCase c = requireOpen(customerNo);
    changes.forgetAll(customerNo);
    LocalDate today = today();
    ProblemReceivables.Evaluation flags = problems.evaluate(customerNo);
    flags.set().forEach(f -> save(action(c, ActionKind.PROBLEM_FLAGGED, f.getFlaggedBy()).outcome(f.getKind().name())
        .amount(f.getAmount(), f.getCurrency()).note(f.getReason()).on(today)));
    flags.cleared().forEach(f -> save(action(c, ActionKind.PROBLEM_CLEARED, f.getClearedBy()).outcome(f.getKind().name())
        .note(f.getClearReason()).on(today)));
    Optional<PaymentPromise> promise = openPromise(c);
    if (promise.isPresent() && !today.isBefore(promiseJudgedOn(promise.get()))) {
      judge(c, promise.get(), "system");
      promise = Optional.empty();
    }
    List<OverdueItem> items = ledger.overdueItems(customerNo, today);
    if (items.isEmpty()) {
      c.remember(BigDecimal.ZERO, 0, 0, c.getCurrency(), now());
      return new CaseAgenda(false, c.getStage(), BigDecimal.ZERO, c.getCurrency(), 0, 0, EnumSet.noneOf(CaseWork.class),
          "nothing overdue any more: the case closes", null, null, List.of());
    }
    OverdueItem oldest = items.stream().max((a, b) -> Integer.compare(a.daysPastDue(), b.daysPastDue())).orElseThrow();
    // every currency counts, converted into the customer's (a missing rate fails the evaluation: an incident)
    BigDecimal overdue = items.stream().map(OverdueItem::customerOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    c.remember(overdue, items.size(), oldest.daysPastDue(), oldest.customerCurrency(), now());
    EscalationLadder.Rung rung = ladder.rungFor(oldest.daysPastDue());
    LocalDate nextStageDate = rung.nextStageAtDays() == null ? null : oldest.dueDate().plusDays(rung.nextStageAtDays());
    // a promise made before the first evaluation still lets the case take its first stage, nothing more
    if (promise.isEmpty() || c.getStage() == null) {
      climb(c, rung.stage(), items, oldest.daysPastDue() + " days past due (" + rung.table() + ")", promise.isEmpty());
    }
    // while a promise is open the ladder waits: nothing is written, what was written is read
    Optional<OutgoingLetter> stageLetter = promise.isEmpty() ? enterStage(c, items, "system") : letterOf(c);
    return agenda(c, promise, nextStageDate, today, items, stageLetter, flags.active());
  }

  /**
   * Climbs towards the stage the oldest item has reached without skipping a stage's letter or work
   * (docs/domain.md §9): a case that passed stages while paused, late or after an outage takes them one by one,
   * each stage's letter and stop supply before the next's; no case passes {@code LETTER_4} before its
   * letter was written and its targeted action plan recorded, so the agency decision comes after them;
   * and none passes {@code AGENCY} before a supervisor handed it to the agency there, so the agency
   * decision comes before the lawsuit decision (see {@link #heldAt}).
   * A new case starts at the stage that fits (at most {@code LETTER_4}). The last stage's own actions
   * are the caller's ({@link #enterStage}).
   *
   * @param act whether passed stages do their automatic actions (not while a promise holds the ladder)
   */
  private void climb(CollectionCase c, Stage reached, List<OverdueItem> items, String note, boolean act) {
    Stage target = heldAt(c, reached);
    if (c.getStage() == null) {
      if (c.climbTo(target, today())) {
        save(action(c, ActionKind.STAGE_REACHED, "system").note(note).on(today()));
      }
      return;
    }
    while (c.getStage().compareTo(target) < 0) {
      if (act) {
        enterStage(c, items, "system");
      }
      c.climbTo(c.getStage().next(), today());
      save(action(c, ActionKind.STAGE_REACHED, "system").note(note).on(today()));
    }
  }

  /**
   * The highest stage the case may take towards {@code reached} now: {@code LETTER_4} until its letter
   * and action plan are done; then {@code AGENCY} until a supervisor approved the hand-over to a
   * collection agency there. A deferral holds the case at {@code AGENCY} until the agency decision is
   * asked again on its date; a write-off decided there ends the ladder, so no lawsuit is asked about
   * what finance is writing off. An agency that has not collected when the oldest item passes 180
   * days brings the lawsuit decision.
   */
  private Stage heldAt(CollectionCase c, Stage reached) {
    if (reached.compareTo(Stage.LETTER_4) > 0 && !letter4Done(c)) {
      return Stage.LETTER_4;
    }
    boolean pastAgency = c.getStage() != null && c.getStage().compareTo(Stage.AGENCY) > 0;
    if (reached.compareTo(Stage.AGENCY) > 0 && !pastAgency && !handedToAgency(c)) {
      return Stage.AGENCY;
    }
    return reached;
  }

  /** Whether the latest agency decision at {@code AGENCY} handed the case to a collection agency. */
  private boolean handedToAgency(CollectionCase c) {
    return latest(c, Stage.AGENCY, ActionKind.HAND_OVER_DECISION)
        .filter(d -> HandOverDecision.APPROVE.name().equals(d.getOutcome())).isPresent();
  }

  /** Whether the case did LETTER_4's work: its letter (or it came back there from an extension) and the action plan. */
  private boolean letter4Done(CollectionCase c) {
    boolean letter = actions.existsByCaseIdAndStageAndKind(c.getId(), Stage.LETTER_4, ActionKind.RESUMED)
        || letterWriter.letterOf(c.getId(), Stage.LETTER_4).isPresent();
    return letter && actions.existsByCaseIdAndStageAndKind(c.getId(), Stage.LETTER_4, ActionKind.ACTION_PLAN);
  }

  /** @param stageLetter the letter of the case's stage, if it has one */
  private CaseAgenda agenda(CollectionCase c, Optional<PaymentPromise> promise, LocalDate nextStageDate,
      LocalDate today, List<OverdueItem> items, Optional<OutgoingLetter> stageLetter,
      List<ProblemReceivable> flagged) {
    Stage stage = c.getStage();
    List<CollectionAction> history = actions.findByCaseIdOrderByIdAsc(c.getId());
    StageHistory done = new StageHistory(history, stage);
    EnumSet<CaseWork> work = EnumSet.noneOf(CaseWork.class);
    // 問題貨款: a supervisor supports the case while it is flagged, again after each new flag
    LocalDateTime lastFlag = flagged.stream().map(ProblemReceivable::getFlaggedAt).max(LocalDateTime::compareTo).orElse(null);
    if (lastFlag != null && history.stream().noneMatch(a -> a.getKind() == ActionKind.PROBLEM_SUPPORT
        && !a.getOccurredAt().isBefore(lastFlag))) {
      work.add(CaseWork.SUPPORT_PROBLEM);
    }
    if (measures.awaitingDecision(c.getId())) {
      work.add(CaseWork.DECIDE_MEASURE);
    }
    List<LocalDate> lookAgain = new ArrayList<>();
    if (stage != null && stage.stopsSupply()) {
      // the day after a supervisor's pause of stop supply ends, the case places it again
      supplyPausedUntil(c).ifPresent(until -> lookAgain.add(until.plusDays(1)));
    }
    if (stageLetter.filter(l -> l.getDelivery() == OutgoingLetter.Delivery.PRINT).isPresent()) {
      work.add(CaseWork.PRINT_LETTER);
    }
    List<CollectionAction> calls = done.all(ActionKind.CALL);
    boolean callSettled = calls.stream().map(a -> CallOutcome.valueOf(a.getOutcome()))
        .anyMatch(outcome -> !outcome.callAgain() && outcome != CallOutcome.PROMISE);
    if (stage.collectorCalls() && !callSettled) {
      LocalDate callAgainOn = calls.isEmpty() || !CallOutcome.valueOf(calls.get(calls.size() - 1).getOutcome()).callAgain()
          ? null : calls.get(calls.size() - 1).getActionDate().plusDays(properties.recallDays());
      if (callAgainOn != null && callAgainOn.isAfter(today)) {
        lookAgain.add(callAgainOn);
      } else {
        work.add(CaseWork.CALL);
      }
    }
    if (stage == Stage.LETTER_3 && !done.has(ActionKind.VISIT)) {
      work.add(CaseWork.VISIT);
    }
    if (stage == Stage.LETTER_4 && !done.has(ActionKind.ACTION_PLAN)) {
      work.add(CaseWork.ACTION_PLAN);
    }
    Optional<String> decision = done.latest(ActionKind.HAND_OVER_DECISION).map(CollectionAction::getOutcome);
    LocalDate deferUntil = done.latest(ActionKind.HAND_OVER_DECISION)
        .filter(d -> HandOverDecision.DEFER.name().equals(d.getOutcome()))
        .map(CollectionAction::getActionDate).filter(date -> date.isAfter(today)).orElse(null);
    boolean decided = decision.isPresent() && !HandOverDecision.DEFER.name().equals(decision.get());
    if ((stage == Stage.AGENCY || stage == Stage.LITIGATION) && !decided) {
      if (deferUntil != null) {
        lookAgain.add(deferUntil);
      } else {
        work.add(CaseWork.HAND_OVER_DECISION);
      }
    }
    if (stage == Stage.LITIGATION && decision.filter(HandOverDecision.APPROVE.name()::equals).isPresent()
        && !done.has(ActionKind.JUDGMENT)) {
      work.add(CaseWork.JUDGMENT);
    }
    if (stage == Stage.ENFORCEMENT && !done.has(ActionKind.ENFORCEMENT)) {
      work.add(CaseWork.ENFORCE);
    }
    boolean writeOffDecided = decision.filter(HandOverDecision.WRITE_OFF.name()::equals).isPresent()
        || done.latest(ActionKind.ENFORCEMENT).filter(e -> EnforcementOutcome.LOST.name().equals(e.getOutcome()))
            .isPresent();
    if (writeOffDecided && !done.has(ActionKind.WRITTEN_OFF)) {
      work.add(CaseWork.WRITE_OFF);
    }
    String reason;
    LocalDate promiseOpenUntil = null;
    if (promise.isPresent()) {
      // 付款承諾: the ladder waits until the promised date plus grace; nothing else brings the case back
      promiseOpenUntil = promise.get().checkOn(properties.promiseGraceDays());
      work.removeIf(CaseWork::pausedByPromise);
      lookAgain.clear();
      lookAgain.add(promiseJudgedOn(promise.get()));
      reason = "promise to pay " + promise.get().getAmount() + " " + promise.get().getCurrency() + " by "
          + promise.get().getPromisedOn() + " open until "
          + promiseOpenUntil;
    } else {
      if (nextStageDate != null) {
        lookAgain.add(nextStageDate);
      }
      reason = "no longer needed at " + stage;
    }
    return new CaseAgenda(true, stage, c.getOverdueAmount(), c.getCurrency(), c.getOverdueItems(),
        c.getOldestDaysPastDue(), work, reason, lookAgain.stream().min(LocalDate::compareTo).orElse(null),
        promiseOpenUntil, items);
  }

  /** The letter of the case's stage; only stages with a letter have one, so no look-up for the others. */
  private Optional<OutgoingLetter> letterOf(CollectionCase c) {
    return c.getStage().letterNumber().isEmpty() ? Optional.empty() : letterWriter.letterOf(c.getId(), c.getStage());
  }

  /** Work people had open that the case no longer needs, with the reason, in the case's history. */
  public void recordWithdrawn(String customerNo, Collection<CaseWork> withdrawn, String reason) {
    if (withdrawn.isEmpty()) {
      return;
    }
    CollectionCase c = cases.findByOpenCustomerNo(customerNo)
        .or(() -> cases.findFirstByCustomerNoOrderByIdDesc(customerNo)).orElseThrow();
    for (CaseWork work : withdrawn) {
      save(action(c, ActionKind.WORK_WITHDRAWN, "system").outcome(work.name()).note(reason).on(today()));
    }
  }

  /** What was done on a case at one stage, from its history read once. */
  private record StageHistory(List<CollectionAction> history, Stage stage) {
    List<CollectionAction> all(ActionKind kind) {
      return history.stream().filter(a -> a.getStage() == stage && a.getKind() == kind).toList();
    }

    boolean has(ActionKind kind) {
      return !all(kind).isEmpty();
    }

    Optional<CollectionAction> latest(ActionKind kind) {
      List<CollectionAction> all = all(kind);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
  }

  /**
   * The automatic actions of the case's stage, each once per case and stage however often it is
   * called: the letter (archived, and queued for e-mail or printing) and, from the second letter on,
   * stop supply.
   */
  private Optional<OutgoingLetter> enterStage(CollectionCase c, List<OverdueItem> items, String actor) {
    Stage stage = c.getStage();
    Optional<OutgoingLetter> letter = letterOf(c);
    if (stage.letterNumber().isPresent() && letter.isEmpty()
        && !actions.existsByCaseIdAndStageAndKind(c.getId(), stage, ActionKind.RESUMED)) {
      List<CollectionMeasure> decided = measures.forNextLetter(c.getId());
      letter = letterWriter.write(c.getId(), stage, customers.get(c.getCustomerNo()), items,
          measures.letterMeasures(decided));
      if (letter.isPresent()) {
        measures.shownIn(decided, stage);
      }
      letter.ifPresent(l -> save(action(c, l.getRecipient() == null ? ActionKind.LETTER_TO_PRINT
          : ActionKind.LETTER_QUEUED, actor).amount(l.getAmount(), l.getCurrency()).note(l.getRecipient())));
    }
    // placed again when a supervisor lifted it, unless the supervisor paused the case's stop supply
    if (stage.stopsSupply() && supplyPausedUntil(c).isEmpty()
        && !customers.hasActiveHold(c.getCustomerNo(), HOLD_CAUSE, c.reference())) {
      customers.placeHold(c.getCustomerNo(), HOLD_CAUSE, c.reference(), actor,
          "Stop supply (停止供貨): collection case at " + stage);
      c.holdPlaced(true);
      save(action(c, ActionKind.SUPPLY_STOPPED, actor));
    }
    return letter;
  }

  /** The collector's call and its outcome; a promise is recorded with it, in the customer's currency. */
  public void recordCall(String customerNo, CallOutcome outcome, Excuse excuse, String note, LocalDate promiseDate,
      BigDecimal promiseAmount, String actor) {
    recordCall(customerNo, outcome, excuse, note, promiseDate, promiseAmount, null, actor);
  }

  /** The collector's call and its outcome; a promise is recorded with it ({@code promiseCurrency} null: the customer's). */
  public void recordCall(String customerNo, CallOutcome outcome, Excuse excuse, String note, LocalDate promiseDate,
      BigDecimal promiseAmount, String promiseCurrency, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(new FieldProblem("callOutcome", "say what the call achieved"));
    } else if (outcome == CallOutcome.EXCUSE && excuse == null) {
      problems.add(new FieldProblem("excuse", "pick the excuse the customer gave"));
    } else if (outcome == CallOutcome.PROMISE) {
      problems.addAll(promiseProblems(customerNo, promiseDate, promiseAmount, promiseCurrency, "promiseCurrency"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CollectionCase c = requireOpen(customerNo);
    String currency = promiseCurrencyOf(promiseCurrency, c);
    save(action(c, ActionKind.CALL, actor).outcome(outcome.name()).excuse(excuse == null ? null : excuse.name()).note(note)
        .amount(outcome == CallOutcome.PROMISE ? promiseAmount : null, currency)
        .on(outcome == CallOutcome.PROMISE ? promiseDate : today()));
    if (outcome == CallOutcome.PROMISE) {
      recordPromise(customerNo, promiseDate, promiseAmount, currency, actor);
    }
  }

  /** {@link #recordPromise(String, LocalDate, BigDecimal, String, String)} in the customer's currency. */
  public PaymentPromise recordPromise(String customerNo, LocalDate date, BigDecimal amount, String actor) {
    return recordPromise(customerNo, date, amount, null, actor);
  }

  /**
   * 付款承諾: the case waits until the date plus the grace days. A newer promise replaces an open one.
   * The amount is in {@code currency} (null or blank: the customer's), an ISO 4217 code with an
   * exchange rate, since payments in any currency count converted into it.
   */
  public PaymentPromise recordPromise(String customerNo, LocalDate date, BigDecimal amount, String currency,
      String actor) {
    List<FieldProblem> problems = promiseProblems(customerNo, date, amount, currency, "currency");
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CollectionCase c = requireOpen(customerNo);
    promises.findFirstByCaseIdAndStatusOrderByIdDesc(c.getId(), PaymentPromise.Status.OPEN)
        .ifPresent(older -> older.settle(false, now()));
    PaymentPromise promise = promises.save(new PaymentPromise(c.getId(), date,
        amount.setScale(2, java.math.RoundingMode.HALF_UP), promiseCurrencyOf(currency, c), actor, now()));
    save(action(c, ActionKind.PROMISE, actor).amount(promise.getAmount(), promise.getCurrency()).on(date));
    return promise;
  }

  private String promiseCurrencyOf(String requested, CollectionCase c) {
    return requested == null || requested.isBlank() ? customers.get(c.getCustomerNo()).getCurrency()
        : requested.strip();
  }

  private List<FieldProblem> promiseProblems(String customerNo, LocalDate date, BigDecimal amount, String currency,
      String currencyField) {
    List<FieldProblem> problems = new ArrayList<>();
    if (date == null) {
      problems.add(new FieldProblem("date", "a promise needs the date the customer will pay"));
    } else if (date.isBefore(today())) {
      problems.add(new FieldProblem("date", "the promised date " + date + " is in the past"));
    }
    if (amount == null || amount.signum() <= 0) {
      problems.add(new FieldProblem("amount", "a promise needs the amount the customer will pay, above zero"));
    }
    if (currency != null && !currency.isBlank()) {
      String code = currency.strip();
      if (!code.matches("[A-Z]{3}") || java.util.Currency.getAvailableCurrencies().stream()
          .noneMatch(known -> known.getCurrencyCode().equals(code))) {
        problems.add(new FieldProblem(currencyField, "'" + code + "' is not an ISO 4217 currency code such as CNY"));
      } else if (rates.toBase(code, today()).isEmpty()) {
        problems.add(new FieldProblem(currencyField, "no exchange rate " + code + "→" + rates.baseCurrency()
            + " on or before " + today() + ": payments could not be counted towards the promise"));
      }
    }
    return problems;
  }

  private Optional<PaymentPromise> openPromise(CollectionCase c) {
    return promises.findFirstByCaseIdAndStatusOrderByIdDesc(c.getId(), PaymentPromise.Status.OPEN);
  }

  /** The day an open promise is judged: the day after the promised date plus the grace days. */
  private LocalDate promiseJudgedOn(PaymentPromise promise) {
    return promise.checkOn(properties.promiseGraceDays()).plusDays(1);
  }

  /**
   * Judges a promise after its date and grace: kept if the payments posted since cover the promised
   * amount, or nothing is overdue any more. A broken promise is a risk signal and moves the case to
   * the next stage at once.
   */
  private void judge(CollectionCase c, PaymentPromise promise, String actor) {
    boolean kept = promise.getPaidAmount().compareTo(promise.getAmount()) >= 0
        || ledger.overdueItems(c.getCustomerNo(), today()).isEmpty();
    promise.settle(kept, now());
    if (kept) {
      save(action(c, ActionKind.PROMISE_KEPT, actor).amount(promise.getPaidAmount(), promise.getCurrency()));
      return;
    }
    save(action(c, ActionKind.PROMISE_BROKEN, actor).amount(promise.getPaidAmount(), promise.getCurrency())
        .note("promised " + promise.getAmount() + " " + promise.getCurrency() + " by " + promise.getPromisedOn()));
    payments.recordRiskSignal(c.getCustomerNo(), "BROKEN_PROMISE", "promise-" + promise.getId(), today(), actor);
    // the next stage at once, but never past LETTER_4 before its letter and action plan, nor past AGENCY
    // before the agency hand-over
    Stage next = c.getStage().next();
    if (heldAt(c, next) != next) {
      return;
    }
    if (c.climbTo(next, today())) {
      save(action(c, ActionKind.STAGE_REACHED, actor).note("broken promise"));
    }
  }

  /**
   * A payment posted for the customer counts towards its open promise (a reversal, negative, against
   * it), converted into the promise's currency at the payment date's rate and added in the database
   * so concurrent payments never lose one another. Answers whether the customer has an open case that
   * should look again. A missing rate is a {@link io.ardesk.ledger.rates.MissingExchangeRateException}.
   */
  public boolean countTowardsPromise(String customerNo, String paymentNo, BigDecimal amount) {
    Optional<CollectionCase> open = cases.findByOpenCustomerNo(customerNo);
    open.flatMap(this::openPromise)
        .ifPresent(promise -> promises.addPaid(promise.getCaseId(), inPromiseCurrency(promise, paymentNo, amount)));
    return open.isPresent();
  }

  /** A payment's amount (negative: reversed) in the promise's currency at the payment date's rate. */
  private BigDecimal inPromiseCurrency(PaymentPromise promise, String paymentNo, BigDecimal amount) {
    Optional<io.ardesk.ledger.document.CreditDocument> payment = payments.payment(paymentNo);
    if (payment.isEmpty() || payment.get().getCurrency().equals(promise.getCurrency())) {
      return amount;
    }
    BigDecimal converted = rates.convert(amount.abs(), payment.get().getCurrency(), promise.getCurrency(),
        payment.get().getDocumentDate());
    return amount.signum() < 0 ? converted.negate() : converted;
  }

  /** A payment of an import chunk: its customer, number and amount. */
  public record PaymentReceived(String customerNo, String paymentNo, BigDecimal amount) {}

  /** What the supervisor did to support the collection of a problem receivable (問題貨款). */
  public void recordProblemSupport(String customerNo, String note, String actor) {
    requireText("supportNote", note, "say what you did or decided to support this collection");
    CollectionCase c = requireOpen(customerNo);
    String kinds = problems.active(customerNo).stream().map(f -> f.getKind().name()).distinct().sorted()
        .reduce((a, b) -> a + "," + b).orElse(null);
    save(action(c, ActionKind.PROBLEM_SUPPORT, actor).outcome(kinds).note(note).on(today()));
  }

  /**
   * {@link #countTowardsPromise} for the payments of an import chunk: two look-ups per 1,000 customers
   * (their open cases, the open promises of those) that load no other entity, and one update per
   * payment towards an open promise; answers the customers that have a case (in the order given).
   */
  public List<String> countTowardsPromises(List<PaymentReceived> received) {
    List<String> withCase = new ArrayList<>();
    Map<String, Long> open = new HashMap<>();
    List<String> numbers = received.stream().map(PaymentReceived::customerNo).distinct().toList();
    Map<Long, PaymentPromise> promised = new HashMap<>();
    for (int from = 0; from < numbers.size(); from += 1000) {
      List<Long> ids = new ArrayList<>();
      for (Object[] row : cases.openCaseIds(numbers.subList(from, Math.min(numbers.size(), from + 1000)))) {
        open.put((String) row[0], (Long) row[1]);
        ids.add((Long) row[1]);
      }
      if (!ids.isEmpty()) {
        promises.openPromises(ids).forEach(p -> promised.put(p.getCaseId(), p));
      }
    }
    for (PaymentReceived payment : received) {
      Long caseId = open.get(payment.customerNo());
      if (caseId != null && promised.containsKey(caseId)) {
        promises.addPaid(caseId, inPromiseCurrency(promised.get(caseId), payment.paymentNo(), payment.amount()));
      }
    }
    numbers.stream().filter(open::containsKey).forEach(withCase::add);
    return withCase;
  }

  public void recordVisit(String customerNo, String note, String actor) {
    requireText("visitNote", note, "say what the visit (巡訪) found and agreed");
    save(action(requireOpen(customerNo), ActionKind.VISIT, actor).note(note).on(today()));
  }

  /** The targeted action plan of LETTER_4; the case looks again at once, since only now may it pass LETTER_4. */
  public void recordActionPlan(String customerNo, String plan, String actor) {
    requireText("actionPlan", plan, "write down the targeted action plan");
    save(action(requireOpen(customerNo), ActionKind.ACTION_PLAN, actor).note(plan).on(today()));
    changes.request(customerNo, "ACTION_PLAN", false);
  }

  /** A supervisor's decision at AGENCY or LITIGATION: approve the hand-over, defer it to a date, or write off. */
  public void decideHandOver(String customerNo, HandOverDecision decision, LocalDate deferUntil, String reason,
      String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem("handOverDecision", "approve, defer or write off"));
    } else if (decision == HandOverDecision.DEFER && (deferUntil == null || !deferUntil.isAfter(today()))) {
      problems.add(new FieldProblem("deferUntil", "a deferral needs a date after today"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("decisionReason", "give the reason for the decision"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CollectionCase c = requireOpen(customerNo);
    if (c.getStage() != Stage.AGENCY && c.getStage() != Stage.LITIGATION) {
      throw new InvalidInputException("handOverDecision", "the case is at " + c.getStage() + ", not AGENCY or LITIGATION");
    }
    save(action(c, ActionKind.HAND_OVER_DECISION, actor).outcome(decision.name()).note(reason)
        .on(decision == HandOverDecision.DEFER ? deferUntil : today()));
    if (decision == HandOverDecision.APPROVE) {
      save(action(c, ActionKind.HANDED_OVER, actor).amount(c.getOverdueAmount(), c.getCurrency())
          .note(c.getStage() == Stage.AGENCY ? "handed to a collection agency (委托專業追帳機構)" : "lawsuit filed (法律訴訟)"));
    }
  }

  /** The court's judgment: the case moves to ENFORCEMENT (判決執行或破產清理). */
  public void recordJudgment(String customerNo, LocalDate judgmentDate, BigDecimal awarded, String note, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (judgmentDate == null || judgmentDate.isAfter(today())) {
      problems.add(new FieldProblem("judgmentDate", "the date of the judgment, today or earlier"));
    }
    if (awarded == null || awarded.signum() < 0) {
      problems.add(new FieldProblem("awardedAmount", "the amount awarded, zero or more"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CollectionCase c = requireOpen(customerNo);
    save(action(c, ActionKind.JUDGMENT, actor).amount(awarded, c.getCurrency()).on(judgmentDate).note(note));
    if (c.climbTo(Stage.ENFORCEMENT, today())) {
      save(action(c, ActionKind.STAGE_REACHED, actor).note("judgment of " + judgmentDate));
    }
  }

  public void recordEnforcement(String customerNo, EnforcementOutcome outcome, String note, String actor) {
    if (outcome == null) {
      throw new InvalidInputException("enforcementOutcome", "continue enforcement or declare the rest lost");
    }
    save(action(requireOpen(customerNo), ActionKind.ENFORCEMENT, actor).outcome(outcome.name()).note(note).on(today()));
  }

  /** Writes off every overdue, undisputed item of the case (呆帳), approved by the supervisor who decided. */
  public BigDecimal writeOff(String customerNo, String reason, String actor) {
    requireText("writeOffReason", reason, "give the reason for the write-off");
    CollectionCase c = requireOpen(customerNo);
    // four eyes: the supervisor who decided the write-off (at AGENCY/LITIGATION, or declaring enforcement
    // lost) approves it; the finance user who confirms it is another person
    String approver = latest(c, c.getStage(), ActionKind.HAND_OVER_DECISION)
        .filter(d -> HandOverDecision.WRITE_OFF.name().equals(d.getOutcome()))
        .or(() -> latest(c, c.getStage(), ActionKind.ENFORCEMENT)
            .filter(e -> EnforcementOutcome.LOST.name().equals(e.getOutcome())))
        .map(CollectionAction::getActor).orElse(null);
    supervisors.checkSecondPerson(approver, actor);
    BigDecimal total = BigDecimal.ZERO;
    for (OverdueItem item : ledger.overdueItems(customerNo, today())) {
      invoices.writeOff(item.invoiceNo(), today(), reason, approver, actor);
      total = total.add(item.customerOpenAmount());
    }
    save(action(c, ActionKind.WRITTEN_OFF, actor).amount(total, c.getCurrency()).note(reason).on(today()));
    return total;
  }

  /** The credit department confirms a letter to a customer without e-mail was printed and posted. */
  public void recordPrinted(String customerNo, String actor) {
    CollectionCase c = requireOpen(customerNo);
    letterWriter.letterToPrint(c.getId(), c.getStage()).ifPresent(letter -> {
      letterWriter.markPrinted(letter.getId());
      save(action(c, ActionKind.LETTER_PRINTED, actor));
    });
  }

  /**
   * A supervisor pauses the case's stop supply until a date (after today), with a reason, when lifting
   * its hold (a recorded decision, {@code SUPPLY_PAUSED}): the case does not place it again until then.
   */
  public void pauseStopSupply(String customerNo, LocalDate until, String reason, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (until == null || !until.isAfter(today())) {
      problems.add(new FieldProblem("pauseUntil", "a pause needs an end date after today"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "give the reason for the pause"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!supervisors.isSupervisor(actor)) {
      throw new io.ardesk.ledger.ApprovalRefusedException("pauseUntil",
          "only a supervisor pauses a collection case's stop supply; " + actor + " is not a member of the supervisor group");
    }
    CollectionCase c = cases.findByOpenCustomerNo(customerNo).orElseThrow(() ->
        new InvalidInputException("pauseUntil", "customer " + customerNo + " has no open collection case to pause"));
    save(action(c, ActionKind.SUPPLY_PAUSED, actor).note(reason.strip()).on(until));
  }

  /** The end of a supervisor's pause of the case's stop supply, while it lasts. */
  private Optional<LocalDate> supplyPausedUntil(CollectionCase c) {
    return actions.findFirstByCaseIdAndKindAndActionDateGreaterThanEqualOrderByActionDateDesc(c.getId(),
        ActionKind.SUPPLY_PAUSED, today()).map(CollectionAction::getActionDate);
  }

  /** Nothing overdue any more: the case ends and the stop supply it caused is lifted. */
  public void close(String customerNo, String actor) {
    CollectionCase c = requireOpen(customerNo);
    if (c.isHoldPlaced()) {
      customers.liftHold(customerNo, HOLD_CAUSE, c.reference(), actor, "Collection case closed: nothing overdue");
      c.holdPlaced(false);
      save(action(c, ActionKind.SUPPLY_RESUMED, actor));
    }
    promises.findFirstByCaseIdAndStatusOrderByIdDesc(c.getId(), PaymentPromise.Status.OPEN)
        .ifPresent(p -> p.settle(true, now()));
    save(action(c, ActionKind.CLOSED, actor));
    c.close(now());
    // flags the case leaves behind (a dispute that ended the dunning) go on without it (docs/domain.md §7)
    problems.evaluate(customerNo);
  }

  /**
   * Opens the customer's case for a collections run of {@code runDate}, or finds it open; marks it
   * evaluated by that run. Empty when a run of that date already evaluated it.
   */
  public Optional<Opening> openForRun(String customerNo, LocalDate runDate) {
    Optional<CollectionCase> open = cases.findByOpenCustomerNo(customerNo);
    if (open.isPresent() && runDate.equals(open.get().getLastRunDate())) {
      return Optional.empty();
    }
    Opening opening = open.map(c -> new Opening(c, false)).orElseGet(() -> open(customerNo, "system"));
    opening.collectionCase().evaluatedByRun(runDate);
    return Optional.of(opening);
  }

  /** The customer's open case, or else its latest one. */
  @Transactional(readOnly = true)
  public CaseView view(String customerNo) {
    CollectionCase c = cases.findByOpenCustomerNo(customerNo)
        .or(() -> cases.findFirstByCustomerNoOrderByIdDesc(customerNo))
        .orElseThrow(() -> new NotFoundException("collection case", "customerNo", customerNo));
    List<CaseView.Promise> promiseViews = promises.findByCaseIdOrderByIdAsc(c.getId()).stream()
        .map(p -> new CaseView.Promise(p.getPromisedOn(), p.getAmount(), p.getCurrency(), p.getStatus().name(),
            p.getPaidAmount(),
            p.getRecordedBy(), p.getRecordedAt()))
        .toList();
    return new CaseView(c.getCustomerNo(), c.getStatus().name(), c.getStage(), c.getStageSince(),
        c.getOverdueAmount(), c.getCurrency(), c.getOverdueItems(), c.getOldestDaysPastDue(), c.isHoldPlaced(),
        c.getOpenedAt(), c.getClosedAt(),
        letterWriter.lettersOf(c.getId()).stream()
            .map(l -> new CaseView.Letter(Stage.valueOf(l.getStage()), l.getSubject(), l.getRecipient(),
                l.getDelivery().name(), l.getCreatedAt(), l.getSentAt(), l.getAttempts(), l.getLastError()))
            .toList(),
        promiseViews.stream().filter(p -> "OPEN".equals(p.status())).reduce((a, b) -> b).orElse(null),
        promiseViews,
        actions.findByCaseIdOrderByIdAsc(c.getId()).stream()
            .map(a -> new CaseView.Action(a.getOccurredAt(), a.getStage(), a.getKind(), a.getOutcome(), a.getExcuse(),
                a.getNote(), a.getAmount(), a.getCurrency(), a.getActionDate(), a.getActor()))
            .toList(),
        followUpOn(c));
  }

  /** The day an open case looks again by itself: an open promise is judged, or a deferred decision comes back. */
  private LocalDate followUpOn(CollectionCase c) {
    if (c.getStatus() != CaseStatus.OPEN) {
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    return promises.findFirstByCaseIdAndStatusOrderByIdDesc(c.getId(), PaymentPromise.Status.OPEN)
        .map(p -> p.checkOn(properties.promiseGraceDays()).plusDays(1))
        .or(() -> latest(c, c.getStage(), ActionKind.HAND_OVER_DECISION)
            .filter(d -> HandOverDecision.DEFER.name().equals(d.getOutcome()))
            .map(CollectionAction::getActionDate).filter(date -> date.isAfter(today)))
        .orElse(null);
  }

  private Optional<CollectionAction> latest(CollectionCase c, Stage stage, ActionKind kind) {
    return actions.findFirstByCaseIdAndStageAndKindOrderByIdDesc(c.getId(), stage, kind);
  }

  private CollectionAction action(CollectionCase c, ActionKind kind, String actor) {
    return new CollectionAction(c, kind, actor, now());
  }

  private void save(CollectionAction action) {
    actions.save(action);
  }

  private CollectionCase requireOpen(String customerNo) {
    return cases.findByOpenCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("open collection case", "customerNo", customerNo));
  }

  private static void requireText(String field, String text, String message) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, message);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
