package io.ardesk.collections;

import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.customer.CustomerService;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem receivables (問題貨款, docs/domain.md §7): which customers are flagged, why, for how much. The
 * automatic kinds are decided from the ledger by {@link #evaluate}, for every customer: the collection
 * case's evaluation calls it for a customer with a case, {@link ProblemReceivableRefresh} on every ledger
 * or dispute change of a customer without one, and {@link #scan} daily; fraud is flagged and cleared by a person of the credit department with a reason.
 * Every flag set and cleared stays in {@code problem_receivable} with who, when and why.
 */
@Service
@Transactional
public class ProblemReceivables {

  private final ProblemReceivableRepository flags;
  private final ProblemReceivableProperties properties;
  private final CreditDepartment creditDepartment;
  private final CustomerService customers;
  private final CaseChanges changes;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProblemReceivables(ProblemReceivableRepository flags, ProblemReceivableProperties properties,
      CreditDepartment creditDepartment, CustomerService customers, CaseChanges changes, JdbcTemplate jdbc,
      ApplicationEventPublisher events, Clock clock) {
    this.flags = flags;
    this.properties = properties;
    this.creditDepartment = creditDepartment;
    this.customers = customers;
    this.changes = changes;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Published whenever the customer's flags were looked at (an evaluation, fraud flagged or cleared),
   * in that transaction: the workflow keeps the supervisor's support task of a customer without an
   * open case in step with the flags. {@code newFlag}: a flag was set; {@code cleared}: one was cleared.
   */
  public record Checked(String customerNo, boolean newFlag, boolean cleared) {}

  /** What an evaluation changed: flags set and flags cleared, and the flags active now. */
  public record Evaluation(List<ProblemReceivable> set, List<ProblemReceivable> cleared,
      List<ProblemReceivable> active) {}

  private record Finding(BigDecimal amount, String currency, String reason) {}

  /**
   * Sets, refreshes and clears the automatic flags of the customer from the ledger as of today, one
   * flag per kind and currency (amounts are never added across currencies): DISPUTE (open disputed
   * items), NO_SHIPMENT (no invoice issued for the configured months and an open balance),
   * TERMS_BROKEN (an undisputed item under a contract more than the configured days past its
   * effective due date). A flag clears only when its cause is gone in its currency. A fraud flag is
   * left as a person set it (its amount: the open balance in its currency).
   */
  public Evaluation evaluate(String customerNo) {
    LocalDate today = LocalDate.now(clock);
    Map<ProblemKind, Map<String, Finding>> found = new EnumMap<>(ProblemKind.class);
    sums(customerNo, "i.disputed = true", null).forEach((currency, amount) -> found
        .computeIfAbsent(ProblemKind.DISPUTE, k -> new TreeMap<>())
        .put(currency, new Finding(amount, currency, "open disputed items")));
    LocalDate lastShipment = jdbc.queryForObject("""
        select max(i.issue_date) from invoice i join customer c on c.id = i.customer_id
         where c.customer_no = ? and i.kind = 'INVOICE'""", LocalDate.class, customerNo);
    LocalDate noShipmentSince = today.minusMonths(properties.noShipmentMonths());
    Map<String, BigDecimal> open = sums(customerNo, "1 = 1", null);
    if (lastShipment != null && !lastShipment.isAfter(noShipmentSince)) {
      open.forEach((currency, amount) -> found.computeIfAbsent(ProblemKind.NO_SHIPMENT, k -> new TreeMap<>())
          .put(currency, new Finding(amount, currency, "no shipment since " + lastShipment + " and the balance not settled")));
    }
    sums(customerNo, "i.disputed = false and i.contract_no is not null and i.effective_due_date < ?",
        today.minusDays(properties.termsBrokenDays())).forEach((currency, amount) -> found
            .computeIfAbsent(ProblemKind.TERMS_BROKEN, k -> new TreeMap<>())
            .put(currency, new Finding(amount, currency, "contract payment terms broken: unpaid more than "
                + properties.termsBrokenDays() + " days after the due date")));
    LocalDateTime now = LocalDateTime.now(clock);
    List<ProblemReceivable> set = new ArrayList<>();
    List<ProblemReceivable> cleared = new ArrayList<>();
    List<ProblemReceivable> active = new ArrayList<>();
    for (ProblemReceivable flag : flags.findByCustomerNoAndClearedAtIsNullOrderByIdAsc(customerNo)) {
      Map<String, Finding> ofKind = found.get(flag.getKind());
      Finding finding = flag.getKind() == ProblemKind.FRAUD || ofKind == null || flag.getCurrency() == null ? null
          : ofKind.remove(flag.getCurrency());
      if (flag.getKind() == ProblemKind.FRAUD) {
        flag.amount(flag.getCurrency() == null ? BigDecimal.ZERO : open.getOrDefault(flag.getCurrency(), BigDecimal.ZERO),
            flag.getCurrency());
        active.add(flag);
      } else if (finding != null) {
        flag.amount(finding.amount(), finding.currency());
        active.add(flag);
      } else {
        flag.clear(now, "system", "no longer found in the ledger");
        cleared.add(flag);
      }
    }
    found.forEach((kind, byCurrency) -> byCurrency.values().forEach(finding -> {
      ProblemReceivable flagged = flags.save(new ProblemReceivable(customerNo, kind, finding.amount(),
          finding.currency(), now, "system", finding.reason()));
      set.add(flagged);
      active.add(flagged);
    }));
    events.publishEvent(new Checked(customerNo, !set.isEmpty(), !cleared.isEmpty()));
    return new Evaluation(set, cleared, active);
  }

  /** Σ open amount per currency of the customer's open items matching the condition (none: empty). */
  private Map<String, BigDecimal> sums(String customerNo, String condition, LocalDate parameter) {
    String sql = "select i.currency, sum(i.open_amount) from invoice i join customer c on c.id = i.customer_id"
        + " where c.customer_no = ? and i.settled_on is null and i.open_amount > 0 and " + condition
        + " group by i.currency order by i.currency";
    Map<String, BigDecimal> sums = new TreeMap<>();
    org.springframework.jdbc.core.RowCallbackHandler row = rs -> {
      if (rs.getBigDecimal(2) != null && rs.getBigDecimal(2).signum() > 0) {
        sums.put(rs.getString(1), rs.getBigDecimal(2));
      }
    };
    if (parameter == null) {
      jdbc.query(sql, row, customerNo);
    } else {
      jdbc.query(sql, row, customerNo, Date.valueOf(parameter));
    }
    return sums;
  }

  /** Those of these customers that have an active flag (one query). */
  @Transactional(readOnly = true)
  public Set<String> flagged(Collection<String> customerNos) {
    Set<String> flagged = new HashSet<>();
    List<String> numbers = new ArrayList<>(new LinkedHashSet<>(customerNos));
    for (int from = 0; from < numbers.size(); from += 1000) {
      List<String> page = numbers.subList(from, Math.min(numbers.size(), from + 1000));
      flagged.addAll(jdbc.queryForList("select distinct customer_no from problem_receivable where cleared_at is null"
          + " and customer_no in (" + String.join(",", java.util.Collections.nCopies(page.size(), "?")) + ")",
          String.class, page.toArray()));
    }
    return flagged;
  }

  /**
   * The daily re-check of customers without an open collection case (a case re-checks its own
   * customer whenever it evaluates): those with an active flag, whose cause may be gone, and those
   * whose open items could have become a problem by the passing of time (disputed, under a contract
   * past the terms, or issued before the no-shipment months). Answers how many were evaluated.
   */
  public int scan() {
    LocalDate today = LocalDate.now(clock);
    List<String> candidates = jdbc.queryForList("""
        select c.customer_no from customer c
         where not exists (select 1 from collection_case k where k.open_customer_no = c.customer_no)
           and (exists (select 1 from problem_receivable p where p.customer_no = c.customer_no and p.cleared_at is null)
                or exists (select 1 from invoice i where i.customer_id = c.id and i.settled_on is null
                             and i.open_amount > 0 and (i.disputed = true or i.issue_date <= ?
                               or (i.contract_no is not null and i.effective_due_date < ?))))
         order by c.customer_no""", String.class, Date.valueOf(today.minusMonths(properties.noShipmentMonths())),
        Date.valueOf(today.minusDays(properties.termsBrokenDays())));
    candidates.forEach(this::evaluate);
    return candidates.size();
  }

  /**
   * Flags the customer for obvious fraud (明顯上當受騙): credit department only, with a reason. The
   * flag already set stays as it is. The customer's case looks again (supervisor support).
   */
  public ProblemReceivable flagFraud(String customerNo, String reason, String actor) {
    requireCredit(actor);
    requireReason(reason);
    var customer = customers.get(customerNo);
    Optional<ProblemReceivable> existing = activeOf(customerNo, ProblemKind.FRAUD);
    if (existing.isPresent()) {
      return existing.get();
    }
    BigDecimal open = sums(customerNo, "1 = 1", null).getOrDefault(customer.getCurrency(), BigDecimal.ZERO);
    ProblemReceivable flag = flags.save(new ProblemReceivable(customerNo, ProblemKind.FRAUD, open,
        customer.getCurrency(), LocalDateTime.now(clock), actor, reason.strip()));
    changes.request(customerNo, "PROBLEM_FLAGGED", false);
    events.publishEvent(new Checked(customerNo, true, false));
    return flag;
  }

  /** Clears the fraud flag: credit department only, with a reason. */
  public ProblemReceivable clearFraud(String customerNo, String reason, String actor) {
    requireCredit(actor);
    requireReason(reason);
    customers.get(customerNo);
    ProblemReceivable flag = activeOf(customerNo, ProblemKind.FRAUD).orElseThrow(() ->
        new InvalidInputException("kind", "customer " + customerNo + " has no fraud flag to clear"));
    flag.clear(LocalDateTime.now(clock), actor, reason.strip());
    changes.request(customerNo, "PROBLEM_CLEARED", false);
    events.publishEvent(new Checked(customerNo, false, true));
    return flag;
  }

  /**
   * What the supervisor did to support the collection of the problem receivables of a customer without
   * an open case: kept on each active flag (the last support), with who and when.
   */
  public List<ProblemReceivable> recordSupport(String customerNo, String note, String actor) {
    if (note == null || note.strip().length() < 3) {
      throw new InvalidInputException("supportNote", "say what you did or decided to support this collection");
    }
    if (note.length() > 2000) {
      throw new InvalidInputException("supportNote", "at most 2,000 characters");
    }
    List<ProblemReceivable> active = active(customerNo);
    LocalDateTime now = LocalDateTime.now(clock);
    active.forEach(f -> f.supported(now, actor, note.strip()));
    return active;
  }

  @Transactional(readOnly = true)
  public List<ProblemReceivable> active(String customerNo) {
    return flags.findByCustomerNoAndClearedAtIsNullOrderByIdAsc(customerNo);
  }

  /** Every flag the customer ever had, the cleared ones with who, when and why. */
  @Transactional(readOnly = true)
  public List<ProblemReceivable> history(String customerNo) {
    return flags.findByCustomerNoOrderByIdAsc(customerNo);
  }

  private Optional<ProblemReceivable> activeOf(String customerNo, ProblemKind kind) {
    return active(customerNo).stream().filter(f -> f.getKind() == kind).findFirst();
  }

  private void requireCredit(String actor) {
    if (!creditDepartment.isMember(actor)) {
      throw new NotPermittedException("kind", (actor == null ? "this user" : actor)
          + " is not a member of the credit department: only credit flags or clears fraud");
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "give the reason");
    }
    if (reason.length() > 500) {
      throw new InvalidInputException("reason", "at most 500 characters");
    }
  }

  /** One active flag in the report. */
  public record ReportLine(String customerNo, String customerName, ProblemKind kind, BigDecimal amount,
      String currency, LocalDate flaggedOn, String flaggedBy, String reason, long daysFlagged,
      LocalDate oldestDueDate, Long oldestDaysPastDue) {}

  /** Per kind: how many customers, and their amount per currency. */
  public record KindTotal(ProblemKind kind, String currency, long customers, BigDecimal amount) {}

  public record Report(LocalDate asOf, List<ReportLine> flags, List<KindTotal> byKind) {}

  /** The active flags with the customer's oldest open item, and totals per kind, by SQL. */
  @Transactional(readOnly = true)
  public Report report() {
    LocalDate today = LocalDate.now(clock);
    List<ReportLine> lines = jdbc.query("""
        select p.customer_no, c.name, p.kind, p.amount, p.currency, p.flagged_on, p.flagged_by, p.reason,
               (select min(i.effective_due_date) from invoice i
                 where i.customer_id = c.id and i.settled_on is null and i.open_amount > 0) oldest_due
          from problem_receivable p join customer c on c.customer_no = p.customer_no
         where p.cleared_at is null
         order by p.customer_no, p.kind""", (rs, n) -> {
          LocalDate flaggedOn = rs.getObject("flagged_on", LocalDate.class);
          LocalDate oldestDue = rs.getObject("oldest_due", LocalDate.class);
          return new ReportLine(rs.getString("customer_no"), rs.getString("name"),
              ProblemKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getString("currency"),
              flaggedOn, rs.getString("flagged_by"), rs.getString("reason"), ChronoUnit.DAYS.between(flaggedOn, today),
              oldestDue, oldestDue == null ? null : ChronoUnit.DAYS.between(oldestDue, today));
        });
    List<KindTotal> totals = jdbc.query("""
        select p.kind, p.currency, count(distinct p.customer_no) customers, sum(p.amount) amount
          from problem_receivable p where p.cleared_at is null
         group by p.kind, p.currency order by p.kind, p.currency""",
        (rs, n) -> new KindTotal(ProblemKind.valueOf(rs.getString("kind")), rs.getString("currency"),
            rs.getLong("customers"), rs.getBigDecimal("amount")));
    return new Report(today, lines, totals);
  }
}
