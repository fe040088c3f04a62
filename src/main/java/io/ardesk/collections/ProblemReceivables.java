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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem receivables (問題貨款, docs/domain.md §7): which customers are flagged, why, for how much. The
 * automatic kinds are decided from the ledger by {@link #evaluate}, which the collection case's
 * evaluation calls; fraud is flagged and cleared by a person of the credit department with a reason.
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
  private final Clock clock;

  ProblemReceivables(ProblemReceivableRepository flags, ProblemReceivableProperties properties,
      CreditDepartment creditDepartment, CustomerService customers, CaseChanges changes, JdbcTemplate jdbc,
      Clock clock) {
    this.flags = flags;
    this.properties = properties;
    this.creditDepartment = creditDepartment;
    this.customers = customers;
    this.changes = changes;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What an evaluation changed: flags set and flags cleared, and the flags active now. */
  public record Evaluation(List<ProblemReceivable> set, List<ProblemReceivable> cleared,
      List<ProblemReceivable> active) {}

  private record Finding(BigDecimal amount, String currency, String reason) {}

  /**
   * Sets, refreshes and clears the automatic flags of the customer from the ledger as of today:
   * DISPUTE (open disputed items), NO_SHIPMENT (no invoice issued for the configured months and an
   * open balance), TERMS_BROKEN (an undisputed item under a contract more than the configured days
   * past its effective due date). A fraud flag is left as a person set it.
   */
  public Evaluation evaluate(String customerNo) {
    LocalDate today = LocalDate.now(clock);
    Map<ProblemKind, Finding> found = new EnumMap<>(ProblemKind.class);
    Object[] disputed = sum(customerNo, "i.disputed = true", null);
    if (disputed != null) {
      found.put(ProblemKind.DISPUTE, new Finding((BigDecimal) disputed[0], (String) disputed[1],
          "open disputed items"));
    }
    LocalDate lastShipment = jdbc.queryForObject("""
        select max(i.issue_date) from invoice i join customer c on c.id = i.customer_id
         where c.customer_no = ? and i.kind = 'INVOICE'""", LocalDate.class, customerNo);
    LocalDate noShipmentSince = today.minusMonths(properties.noShipmentMonths());
    Object[] open = sum(customerNo, "1 = 1", null);
    if (open != null && lastShipment != null && !lastShipment.isAfter(noShipmentSince)) {
      found.put(ProblemKind.NO_SHIPMENT, new Finding((BigDecimal) open[0], (String) open[1],
          "no shipment since " + lastShipment + " and the balance not settled"));
    }
    Object[] broken = sum(customerNo, "i.disputed = false and i.contract_no is not null and i.effective_due_date < ?",
        today.minusDays(properties.termsBrokenDays()));
    if (broken != null) {
      found.put(ProblemKind.TERMS_BROKEN, new Finding((BigDecimal) broken[0], (String) broken[1],
          "contract payment terms broken: unpaid more than " + properties.termsBrokenDays()
              + " days after the due date"));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    List<ProblemReceivable> set = new ArrayList<>();
    List<ProblemReceivable> cleared = new ArrayList<>();
    List<ProblemReceivable> active = new ArrayList<>();
    Map<ProblemKind, ProblemReceivable> current = new EnumMap<>(ProblemKind.class);
    flags.findByCustomerNoAndClearedAtIsNullOrderByIdAsc(customerNo).forEach(f -> current.put(f.getKind(), f));
    for (ProblemKind kind : ProblemKind.values()) {
      ProblemReceivable flag = current.get(kind);
      Finding finding = found.get(kind);
      if (kind == ProblemKind.FRAUD) {
        if (flag != null) {
          refreshFraudAmount(customerNo, flag, open);
          active.add(flag);
        }
      } else if (finding != null && flag == null) {
        ProblemReceivable flagged = flags.save(new ProblemReceivable(customerNo, kind, finding.amount(),
            finding.currency(), now, "system", finding.reason()));
        set.add(flagged);
        active.add(flagged);
      } else if (finding != null) {
        flag.amount(finding.amount(), finding.currency());
        active.add(flag);
      } else if (flag != null) {
        flag.clear(now, "system", "no longer found in the ledger");
        cleared.add(flag);
      }
    }
    return new Evaluation(set, cleared, active);
  }

  private static void refreshFraudAmount(String customerNo, ProblemReceivable flag, Object[] open) {
    flag.amount(open == null ? BigDecimal.ZERO : (BigDecimal) open[0], open == null ? flag.getCurrency() : (String) open[1]);
  }

  /** Σ open amount and a currency of the customer's open items matching the condition; null when none. */
  private Object[] sum(String customerNo, String condition, LocalDate parameter) {
    String sql = "select sum(i.open_amount), max(i.currency) from invoice i join customer c on c.id = i.customer_id"
        + " where c.customer_no = ? and i.settled_on is null and i.open_amount > 0 and " + condition;
    Object[] row = parameter == null
        ? jdbc.queryForObject(sql, (rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getString(2)}, customerNo)
        : jdbc.queryForObject(sql, (rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getString(2)}, customerNo,
            Date.valueOf(parameter));
    return row == null || row[0] == null || ((BigDecimal) row[0]).signum() <= 0 ? null : row;
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
    Object[] open = sum(customerNo, "1 = 1", null);
    ProblemReceivable flag = flags.save(new ProblemReceivable(customerNo, ProblemKind.FRAUD,
        open == null ? BigDecimal.ZERO : (BigDecimal) open[0], open == null ? customer.getCurrency() : (String) open[1],
        LocalDateTime.now(clock), actor, reason.strip()));
    changes.request(customerNo, "PROBLEM_FLAGGED", false);
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
    return flag;
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
