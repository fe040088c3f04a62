package io.ardesk.collections;

import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.InterestProperties;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCharge;
import io.ardesk.ledger.rates.ExchangeRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auxiliary measures of a collection case (輔助方法, docs/domain.md §8, §9): a collector asks, a supervisor
 * other than the collector decides to charge penalty interest to the day or to offer a cash discount
 * for payment by a date. Penalty interest follows the one interest rule ({@link PenaltyInterest}): per
 * overdue, undisputed invoice in its currency, from the later of its effective due date and the day
 * interest was last charged on it, to the decision; rounded half-up to the cent once per currency and
 * posted as one charge per currency. The decision records the days as charged; the charges are posted
 * once per decision whatever retries.
 */
@Service
@Transactional
public class CaseMeasures {
  private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);
  /** Charges are due this many days after they are posted. */
  private static final int CHARGE_TERMS_DAYS = 14;

  private final CaseRepository cases;
  private final ActionRepository actions;
  private final MeasureRepository measures;
  private final InterestRateRepository rates;
  private final InterestProperties interest;
  private final InvoiceService invoices;
  private final CustomerService customers;
  private final Supervisors supervisors;
  private final CaseChanges changes;
  private final CashDiscounts discounts;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PenaltyInterest penaltyInterest;
  private final ExchangeRates exchangeRates;

  private final TeamLanguage language;

  CaseMeasures(CaseRepository cases, ActionRepository actions, MeasureRepository measures, InterestRateRepository rates,
      InterestProperties interest, InvoiceService invoices, CustomerService customers, Supervisors supervisors,
      CaseChanges changes, CashDiscounts discounts, JdbcTemplate jdbc, Clock clock,
      PenaltyInterest penaltyInterest, ExchangeRates exchangeRates, TeamLanguage language) {
    this.language = language;
    this.penaltyInterest = penaltyInterest;
    this.exchangeRates = exchangeRates;
    this.cases = cases;
    this.actions = actions;
    this.measures = measures;
    this.rates = rates;
    this.interest = interest;
    this.invoices = invoices;
    this.customers = customers;
    this.supervisors = supervisors;
    this.changes = changes;
    this.discounts = discounts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  // ---- rates ----

  /** Sets the customer's penalty interest rate (a year, e.g. 0.1825). */
  public InterestRate setCustomerRate(String customerNo, BigDecimal annualRate, String reason, String actor) {
    customers.get(customerNo);
    return setRate(InterestRate.CUSTOMER, customerNo, annualRate, reason, actor);
  }

  /** Sets a contract's penalty interest rate; it wins over the customer's for the contract's invoices. */
  public InterestRate setContractRate(String contractNo, BigDecimal annualRate, String reason, String actor) {
    if (contractNo == null || contractNo.isBlank() || contractNo.length() > 40) {
      throw new InvalidInputException("contractNo", "a contract number of at most 40 characters");
    }
    return setRate(InterestRate.CONTRACT, contractNo, annualRate, reason, actor);
  }

  private InterestRate setRate(String scope, String key, BigDecimal annualRate, String reason, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (annualRate == null || annualRate.signum() < 0 || annualRate.compareTo(BigDecimal.ONE) > 0
        || annualRate.stripTrailingZeros().scale() > 6) {
      problems.add(new FieldProblem("annualRate", "a rate a year from 0 to 1 (0.1825 = 18.25 %), at most 6 decimals"));
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      problems.add(new FieldProblem("reason", "give the reason (at most 500 characters)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    InterestRate rate = rates.findByScopeAndScopeKey(scope, key).orElseGet(() -> new InterestRate(scope, key));
    rate.set(annualRate, LocalDateTime.now(clock), actor, reason.strip());
    return rates.save(rate);
  }

  /** The rate for an invoice: its contract's, else the customer's, else the configured default. */
  @Transactional(readOnly = true)
  public BigDecimal rateFor(String customerNo, String contractNo) {
    return penaltyInterest.rateFor(customerNo, contractNo);
  }

  /** Simple interest to the day: amount × annual rate × days / 365 (unrounded; round once per charge). */
  public static BigDecimal interest(BigDecimal amount, BigDecimal annualRate, long days) {
    return PenaltyInterest.interest(amount, annualRate, days);
  }

  /**
   * Penalty interest accrued to today on the customer's overdue, undisputed invoices and not yet
   * charged (docs/domain.md §8), per currency of the invoices.
   */
  @Transactional(readOnly = true)
  public List<PenaltyInterest.Sum> penaltyInterestDue(String customerNo) {
    return PenaltyInterest.perCurrency(penaltyInterest.overdueInvoices(customerNo, today()));
  }

  /**
   * {@link #penaltyInterestDue} as one figure in the customer's currency: each currency's sum
   * converted at today's rate (a missing rate is a {@link io.ardesk.ledger.rates.MissingExchangeRateException}).
   */
  @Transactional(readOnly = true)
  public BigDecimal penaltyInterestToday(String customerNo) {
    String currency = customers.get(customerNo).getCurrency();
    return penaltyInterestDue(customerNo).stream()
        .map(sum -> exchangeRates.convert(sum.amount(), sum.currency(), currency, today()))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** "150.00 USD (1,065.00 CNY at 7.1 on 2026-03-31)": the interest due per currency, converted ones with their rate. */
  @Transactional(readOnly = true)
  public String penaltyInterestText(String customerNo) {
    String currency = customers.get(customerNo).getCurrency();
    List<PenaltyInterest.Sum> due = penaltyInterestDue(customerNo);
    if (due.isEmpty()) {
      return language.money(BigDecimal.ZERO, currency);
    }
    return due.stream().map(sum -> describe(sum.amount(), sum.currency(), currency, today()))
        .collect(java.util.stream.Collectors.joining(language.text("case.measure.separator")));
  }

  /** An amount in its currency, and when that is not the customer's, converted with the rate used, in the team's language. */
  private String describe(BigDecimal amount, String currency, String customerCurrency, LocalDate on) {
    String text = language.money(amount, currency);
    if (currency.equals(customerCurrency)) {
      return text;
    }
    return language.text("case.measure.converted", text,
        language.money(exchangeRates.convert(amount, currency, customerCurrency, on), customerCurrency),
        exchangeRates.rate(currency, customerCurrency, on).toPlainString(), language.date(on));
  }

  // ---- requests and decisions ----

  /** A collector asks a supervisor for an auxiliary measure; an undecided request already open is returned. */
  public CollectionMeasure request(String customerNo, String note, String actor) {
    CollectionCase c = requireOpen(customerNo);
    Optional<CollectionMeasure> open = measures.findFirstByCaseIdAndDecisionIsNullOrderByIdAsc(c.getId());
    if (open.isPresent()) {
      return open.get();
    }
    if (note != null && note.length() > 500) {
      throw new InvalidInputException("measureNote", "at most 500 characters");
    }
    CollectionMeasure measure = measures.save(new CollectionMeasure(c.getId(), now(), actor, note));
    actions.save(new CollectionAction(c, ActionKind.MEASURE_REQUESTED, actor, now()).note(note).on(today()));
    changes.request(customerNo, "MEASURE_REQUESTED", false);
    return measure;
  }

  /** Whether the case has a request waiting for a supervisor's decision. */
  @Transactional(readOnly = true)
  public boolean awaitingDecision(Long caseId) {
    return measures.findFirstByCaseIdAndDecisionIsNullOrderByIdAsc(caseId).isPresent();
  }

  /**
   * The supervisor decides the open request: penalty interest (the amount to the day is computed and
   * kept; {@link #postCharge} posts it), a cash discount of {@code discountPercent} % of the overdue
   * balance for payment by {@code payBy}, or neither. Four eyes: a supervisor who did not ask.
   */
  public CollectionMeasure decide(String customerNo, MeasureDecision decision, BigDecimal discountPercent,
      LocalDate payBy, String reason, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem("measureDecision", "charge penalty interest, offer a cash discount, or neither"));
    } else if (decision == MeasureDecision.CASH_DISCOUNT) {
      if (discountPercent == null || discountPercent.signum() <= 0 || discountPercent.compareTo(BigDecimal.valueOf(50)) > 0
          || discountPercent.stripTrailingZeros().scale() > 2) {
        problems.add(new FieldProblem("discountPercent", "a discount above 0 and at most 50 %, two decimals"));
      }
      if (payBy == null || !payBy.isAfter(today())) {
        problems.add(new FieldProblem("payBy", "the date the customer must pay by to earn the discount, after today"));
      }
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      problems.add(new FieldProblem("measureReason", "give the reason for the decision (at most 500 characters)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CollectionCase c = requireOpen(customerNo);
    CollectionMeasure measure = measures.findFirstByCaseIdAndDecisionIsNullOrderByIdAsc(c.getId())
        .orElseThrow(() -> new InvalidInputException("measureDecision", "no auxiliary measure was asked for"));
    supervisors.checkSecondPerson(actor, measure.getRequestedBy());
    BigDecimal amount = null;
    String currency = c.getCurrency();
    BigDecimal percent = null;
    String interestNote = null;
    List<PenaltyInterest.Accrual> accrued = List.of();
    List<PenaltyInterest.Sum> perCurrency = List.of();
    if (decision == MeasureDecision.PENALTY_INTEREST) {
      accrued = penaltyInterest.overdueInvoices(customerNo, today());
      perCurrency = PenaltyInterest.perCurrency(accrued);
      if (perCurrency.stream().noneMatch(sum -> sum.amount().signum() > 0)) {
        throw new InvalidInputException("measureDecision", "no penalty interest has accrued to charge");
      }
      if (perCurrency.size() == 1) {
        amount = perCurrency.get(0).amount();
        currency = perCurrency.get(0).currency();
      } else {
        // one figure for the case in the customer's currency, each currency converted at today's rate
        amount = perCurrency.stream().map(sum -> exchangeRates.convert(sum.amount(), sum.currency(), c.getCurrency(),
            today())).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
      }
      interestNote = perCurrency.stream().map(sum -> describe(sum.amount(), sum.currency(), c.getCurrency(), today()))
          .collect(java.util.stream.Collectors.joining(" + "));
    } else if (decision == MeasureDecision.CASH_DISCOUNT) {
      percent = discountPercent.setScale(2, RoundingMode.HALF_UP);
      amount = discounts.offer(measure, customerNo, percent);
    }
    measure.decide(decision, amount, currency, percent, decision == MeasureDecision.CASH_DISCOUNT ? payBy : null,
        reason.strip(), now(), actor);
    if (decision == MeasureDecision.PENALTY_INTEREST) {
      // the days are charged now: a later charge (an extension's outcome) counts from today
      for (PenaltyInterest.Sum sum : perCurrency) {
        if (sum.amount().signum() > 0) {
          jdbc.update("insert into collection_measure_charge (measure_id, currency, amount, charge_no) values (?, ?, ?, ?)",
              measure.getId(), sum.currency(), sum.amount(), chargeNo(c, measure, sum.currency(), perCurrency.size()));
        }
      }
      penaltyInterest.charged(accrued, chargeNo(c, measure, null, 1), actor);
    }
    String note = switch (decision) {
      case PENALTY_INTEREST -> "penalty interest " + interestNote + " to " + today() + ": " + reason.strip();
      case CASH_DISCOUNT -> "cash discount " + percent.stripTrailingZeros().toPlainString() + " % (" + amount + " "
          + c.getCurrency() + ") for payment by " + payBy + ": " + reason.strip();
      case NONE -> reason.strip();
    };
    actions.save(new CollectionAction(c, ActionKind.MEASURE_DECIDED, actor, now()).outcome(decision.name())
        .amount(amount, currency).note(note).on(decision == MeasureDecision.CASH_DISCOUNT ? payBy : today()));
    return measure;
  }

  /**
   * Posts the penalty interest a supervisor decided as charges, one per currency of the invoices it
   * was charged on and in that currency: {@code PI-<case>-<measure>}, with {@code -<currency>} when
   * there are several. Once: a charge already posted (a retried job) is not posted again. Answers the
   * first charge number, or empty when the measure charges nothing.
   */
  public Optional<String> postCharge(Long measureId, String actor) {
    CollectionMeasure measure = measures.findById(measureId)
        .orElseThrow(() -> new NotFoundException("auxiliary measure", "measureId", String.valueOf(measureId)));
    if (measure.getDecision() != MeasureDecision.PENALTY_INTEREST) {
      return Optional.empty();
    }
    if (measure.getChargeNo() != null) {
      return Optional.of(measure.getChargeNo());
    }
    CollectionCase c = cases.findById(measure.getCaseId()).orElseThrow();
    LocalDate decidedOn = measure.getDecidedAt().toLocalDate();
    List<MeasureCharge> charges = chargesOf(measure.getId());
    for (MeasureCharge charge : charges) {
      if (invoices.find(charge.chargeNo()).isEmpty()) {
        invoices.postCharge(new NewCharge(charge.chargeNo(), c.getCustomerNo(), decidedOn,
            decidedOn.plusDays(CHARGE_TERMS_DAYS), charge.amount(), charge.currency(),
            "Penalty interest (懲罰性利息) to " + decidedOn + ", decided by " + measure.getDecidedBy()), actor);
      }
    }
    String first = charges.isEmpty() ? chargeNo(c, measure, null, 1) : charges.get(0).chargeNo();
    measure.charged(first);
    return Optional.of(first);
  }

  /** A charge of a supervisor's penalty interest: its number, amount and currency. */
  public record MeasureCharge(String chargeNo, BigDecimal amount, String currency) {}

  /** The charges of a measure, in the order of their currencies. */
  @Transactional(readOnly = true)
  public List<MeasureCharge> chargesOf(Long measureId) {
    return jdbc.query("select charge_no, amount, currency from collection_measure_charge where measure_id = ?"
        + " order by currency", (rs, n) -> new MeasureCharge(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)),
        measureId);
  }

  private static String chargeNo(CollectionCase c, CollectionMeasure measure, String currency, int currencies) {
    return "PI-" + c.getId() + "-" + measure.getId() + (currencies > 1 ? "-" + currency : "");
  }

  /** Posts every penalty interest the supervisors of the customer's open case decided and nothing charged yet. */
  public List<String> postPendingCharges(String customerNo, String actor) {
    return cases.findByOpenCustomerNo(customerNo).map(c -> measures.findByCaseIdOrderByIdAsc(c.getId()).stream()
        .filter(m -> m.getDecision() == MeasureDecision.PENALTY_INTEREST && m.getChargeNo() == null)
        .map(m -> postCharge(m.getId(), actor).orElseThrow()).toList()).orElse(List.of());
  }

  /** The decided measures no letter has shown yet (NONE shows nothing); {@link #shownIn} marks them. */
  @Transactional(readOnly = true)
  public List<CollectionMeasure> forNextLetter(Long caseId) {
    return measures.findByCaseIdAndDecisionIsNotNullAndLetterStageIsNullOrderByIdAsc(caseId).stream()
        .filter(m -> m.getDecision() != MeasureDecision.NONE).toList();
  }

  /**
   * What a letter tells the customer of these measures: a cash discount as decided, penalty interest
   * as one line per charge, each in its own currency.
   */
  @Transactional(readOnly = true)
  public List<io.ardesk.collections.letters.LetterModel.Measure> letterMeasures(List<CollectionMeasure> decided) {
    List<io.ardesk.collections.letters.LetterModel.Measure> shown = new ArrayList<>();
    for (CollectionMeasure m : decided) {
      List<MeasureCharge> charges = m.getDecision() == MeasureDecision.PENALTY_INTEREST ? chargesOf(m.getId()) : List.of();
      if (charges.isEmpty()) {
        shown.add(new io.ardesk.collections.letters.LetterModel.Measure(m.getDecision().name(), m.getAmount(),
            m.getCurrency(), m.getDiscountPercent(), m.getPayBy(), m.getChargeNo()));
      }
      charges.forEach(charge -> shown.add(new io.ardesk.collections.letters.LetterModel.Measure(m.getDecision().name(),
          charge.amount(), charge.currency(), null, null, charge.chargeNo())));
    }
    return shown;
  }

  public void shownIn(List<CollectionMeasure> shown, Stage stage) {
    shown.forEach(m -> measures.findById(m.getId()).ifPresent(found -> found.shownIn(stage)));
  }

  @Transactional(readOnly = true)
  public List<CollectionMeasure> ofCase(Long caseId) {
    return measures.findByCaseIdOrderByIdAsc(caseId);
  }

  @Transactional(readOnly = true)
  public Optional<CollectionMeasure> latestDecided(String customerNo) {
    return cases.findByOpenCustomerNo(customerNo).flatMap(c -> measures.findByCaseIdOrderByIdAsc(c.getId()).stream()
        .filter(CollectionMeasure::isDecided).reduce((a, b) -> b));
  }

  private CollectionCase requireOpen(String customerNo) {
    return cases.findByOpenCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("open collection case", "customerNo", customerNo));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
