package io.ardesk.collections;

import io.ardesk.ledger.InterestProperties;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.Supervisors;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCharge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auxiliary measures of a collection case (輔助方法, DOMAIN §8, §9): a collector asks, a supervisor
 * other than the collector decides to charge penalty interest to the day or to offer a cash discount
 * for payment by a date. Penalty interest = Σ open amount × annual rate × days / 365 over the overdue,
 * undisputed invoices, days from the effective due date (or the last penalty interest charged) to the
 * decision, rounded half-up to the cent once; the rate is the contract's, else the customer's, else
 * {@code ardesk.interest.annual-rate}. The charge is posted once per decision whatever retries.
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

  CaseMeasures(CaseRepository cases, ActionRepository actions, MeasureRepository measures, InterestRateRepository rates,
      InterestProperties interest, InvoiceService invoices, CustomerService customers, Supervisors supervisors,
      CaseChanges changes, CashDiscounts discounts, JdbcTemplate jdbc, Clock clock) {
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
    return Optional.ofNullable(contractNo).flatMap(c -> rates.findByScopeAndScopeKey(InterestRate.CONTRACT, c))
        .or(() -> rates.findByScopeAndScopeKey(InterestRate.CUSTOMER, customerNo))
        .map(InterestRate::getAnnualRate).orElse(interest.annualRate());
  }

  /** Simple interest to the day: amount × annual rate × days / 365 (unrounded; round once per charge). */
  public static BigDecimal interest(BigDecimal amount, BigDecimal annualRate, long days) {
    return amount.multiply(annualRate).multiply(BigDecimal.valueOf(days)).divide(DAYS_A_YEAR, 10, RoundingMode.HALF_UP);
  }

  /** Penalty interest accrued to today on the customer's overdue, undisputed invoices not yet charged. */
  @Transactional(readOnly = true)
  public BigDecimal penaltyInterestToday(String customerNo) {
    LocalDate today = LocalDate.now(clock);
    LocalDateTime lastCharged = jdbc.queryForObject("""
        select max(m.decided_at) from collection_measure m join collection_case c on c.id = m.case_id
         where c.customer_no = ? and m.decision = 'PENALTY_INTEREST'""", LocalDateTime.class, customerNo);
    LocalDate chargedThrough = lastCharged == null ? null : lastCharged.toLocalDate();
    List<Object[]> items = jdbc.query("""
        select i.open_amount, i.contract_no, i.effective_due_date from invoice i join customer c on c.id = i.customer_id
         where c.customer_no = ? and i.kind = 'INVOICE' and i.settled_on is null and i.open_amount > 0
           and i.disputed = false and i.effective_due_date < ?""",
        (rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getString(2), rs.getObject(3, LocalDate.class)},
        customerNo, Date.valueOf(today));
    BigDecimal total = BigDecimal.ZERO;
    for (Object[] item : items) {
      LocalDate from = (LocalDate) item[2];
      if (chargedThrough != null && chargedThrough.isAfter(from)) {
        from = chargedThrough;
      }
      long days = ChronoUnit.DAYS.between(from, today);
      if (days > 0) {
        total = total.add(interest((BigDecimal) item[0], rateFor(customerNo, (String) item[1]), days));
      }
    }
    return total.setScale(2, RoundingMode.HALF_UP);
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
    BigDecimal percent = null;
    if (decision == MeasureDecision.PENALTY_INTEREST) {
      amount = penaltyInterestToday(customerNo);
      if (amount.signum() <= 0) {
        throw new InvalidInputException("measureDecision", "no penalty interest has accrued to charge");
      }
    } else if (decision == MeasureDecision.CASH_DISCOUNT) {
      percent = discountPercent.setScale(2, RoundingMode.HALF_UP);
      amount = discounts.offer(measure, customerNo, percent);
    }
    measure.decide(decision, amount, c.getCurrency(), percent, decision == MeasureDecision.CASH_DISCOUNT ? payBy : null,
        reason.strip(), now(), actor);
    String note = switch (decision) {
      case PENALTY_INTEREST -> "penalty interest " + amount + " " + c.getCurrency() + " to " + today() + ": " + reason.strip();
      case CASH_DISCOUNT -> "cash discount " + percent.stripTrailingZeros().toPlainString() + " % (" + amount + " "
          + c.getCurrency() + ") for payment by " + payBy + ": " + reason.strip();
      case NONE -> reason.strip();
    };
    actions.save(new CollectionAction(c, ActionKind.MEASURE_DECIDED, actor, now()).outcome(decision.name())
        .amount(amount).note(note).on(decision == MeasureDecision.CASH_DISCOUNT ? payBy : today()));
    return measure;
  }

  /**
   * Posts the penalty interest a supervisor decided as a charge {@code PI-<case>-<measure>}. Once: a
   * measure already charged (a retried job) posts nothing. Answers the charge number, or empty when
   * the measure charges nothing.
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
    String chargeNo = "PI-" + c.getId() + "-" + measure.getId();
    if (invoices.find(chargeNo).isEmpty()) {
      LocalDate decidedOn = measure.getDecidedAt().toLocalDate();
      invoices.postCharge(new NewCharge(chargeNo, c.getCustomerNo(), decidedOn, decidedOn.plusDays(CHARGE_TERMS_DAYS),
          measure.getAmount(), measure.getCurrency(),
          "Penalty interest (懲罰性利息) to " + decidedOn + ", decided by " + measure.getDecidedBy()), actor);
    }
    measure.charged(chargeNo);
    return Optional.of(chargeNo);
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
