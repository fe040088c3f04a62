package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cash-in forecast: when the open, undisputed items of a currency are expected to be paid.
 *
 * <ul>
 *   <li>each customer's own payment record gives its average days late (amount-weighted over its
 *       payments up to {@code from}, payments in terms count 0 days, reversed payments not at all);
 *   <li>an item not yet due is expected in full on its due date plus that average;
 *   <li>open promises to pay come first: the promised amount (at most what is overdue) is expected in
 *       full on the promised date (or {@code from} if that has passed) and covers the oldest overdue
 *       items;
 *   <li>the rest of an item already late is expected on its due date plus the average, but not before
 *       {@code from}, times the recovery curve's probability at its days past due on {@code from}.
 * </ul>
 * The items are read grouped by customer and due date (one SQL aggregation); the sums per week are
 * rounded half-up once.
 */
@Service
@Transactional(readOnly = true)
public class CashForecastService {
  public static final int MAX_WEEKS = 52;

  private static final String DAYS_LATE = """
      select p.customer_id, sum(a.amount) as paid,
             sum(a.amount * case when a.allocated_on > i.effective_due_date
                                 then cast(a.allocated_on - i.effective_due_date as integer) else 0 end) as weighted
        from allocation a
        join credit_document p on p.id = a.credit_document_id
        join invoice i on i.id = a.invoice_id
       where p.kind = 'PAYMENT' and p.currency = :currency and a.allocated_on <= :asOf
         and not exists (select 1 from credit_document r where r.reverses_id = p.id)
       group by p.customer_id
      """;
  private static final String PROMISES = """
      select cu.id as customer_id, p.promised_on, p.amount
        from payment_promise p
        join collection_case c on c.id = p.case_id
        join customer cu on cu.customer_no = c.customer_no
       where p.status = 'OPEN' and c.status = 'OPEN' and cu.currency = :currency
       order by cu.id, p.promised_on, p.id
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final AgingService aging;

  CashForecastService(DataSource dataSource, AgingService aging) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.aging = aging;
  }

  private record Group(LocalDate dueDate, BigDecimal open) {}

  public CashForecast forecast(LocalDate from, int weeks, String currency) {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new io.ardesk.ledger.InvalidInputException("weeks", "between 1 and " + MAX_WEEKS);
    }
    String cur = aging.currencyOr(currency);
    var params = new MapSqlParameterSource().addValue("asOf", from).addValue("currency", cur);
    Map<Long, Integer> daysLate = new HashMap<>();
    jdbc.query(DAYS_LATE, params, rs -> {
      BigDecimal paid = rs.getBigDecimal("paid");
      if (paid != null && paid.signum() > 0) {
        daysLate.put(rs.getLong("customer_id"),
            rs.getBigDecimal("weighted").divide(paid, 0, RoundingMode.HALF_UP).intValue());
      }
    });
    Map<Long, List<Group>> items = new HashMap<>();
    jdbc.query("select o.customer_id, o.due_date, sum(o.open_amount) as open_amount from ("
        + OpenItems.aged("i.disputed = false") + ") o group by o.customer_id, o.due_date order by o.customer_id, o.due_date",
        params, rs -> {
          items.computeIfAbsent(rs.getLong("customer_id"), k -> new ArrayList<>())
              .add(new Group(rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("open_amount")));
        });
    Map<Long, List<Object[]>> promises = new HashMap<>();
    jdbc.query(PROMISES, params, rs -> {
      promises.computeIfAbsent(rs.getLong("customer_id"), k -> new ArrayList<>())
          .add(new Object[] {rs.getObject("promised_on", LocalDate.class), rs.getBigDecimal("amount")});
    });

    var sums = new Sums(weeks);
    RecoveryCurve curve = aging.recoveryCurve();
    for (var entry : items.entrySet()) {
      int late = daysLate.getOrDefault(entry.getKey(), 0);
      List<Group> groups = entry.getValue();
      // overdue amounts left to cover by promises, oldest first
      BigDecimal[] left = groups.stream().map(Group::open).toArray(BigDecimal[]::new);
      for (Object[] promise : promises.getOrDefault(entry.getKey(), List.of())) {
        BigDecimal toCover = (BigDecimal) promise[1];
        LocalDate on = max((LocalDate) promise[0], from);
        for (int i = 0; i < groups.size() && toCover.signum() > 0; i++) {
          if (!groups.get(i).dueDate().isBefore(from) || left[i].signum() == 0) {
            continue;
          }
          BigDecimal covered = left[i].min(toCover);
          left[i] = left[i].subtract(covered);
          toCover = toCover.subtract(covered);
          sums.add(from, on, covered, covered, BigDecimal.ZERO);
        }
      }
      for (int i = 0; i < groups.size(); i++) {
        Group group = groups.get(i);
        sums.open = sums.open.add(group.open());
        if (left[i].signum() == 0) {
          continue;
        }
        LocalDate expectedOn = group.dueDate().plusDays(late);
        if (group.dueDate().isBefore(from)) {
          long daysPastDue = ChronoUnit.DAYS.between(group.dueDate(), from);
          BigDecimal expected = left[i].multiply(curve.probability(daysPastDue));
          sums.notExpected = sums.notExpected.add(left[i].subtract(expected));
          sums.add(from, max(expectedOn, from), expected, BigDecimal.ZERO, expected);
        } else {
          sums.add(from, expectedOn, left[i], BigDecimal.ZERO, BigDecimal.ZERO);
        }
      }
    }
    var byWeek = new ArrayList<CashForecast.Week>();
    BigDecimal total = Amounts.ZERO;
    BigDecimal promisedTotal = Amounts.ZERO;
    for (int w = 0; w < weeks; w++) {
      BigDecimal expected = Amounts.round(sums.expected[w]);
      BigDecimal promised = Amounts.round(sums.promised[w]);
      byWeek.add(new CashForecast.Week(w + 1, from.plusDays(7L * w), from.plusDays(7L * w + 6), expected, promised,
          Amounts.round(sums.late[w])));
      total = total.add(expected);
      promisedTotal = promisedTotal.add(promised);
    }
    return new CashForecast(from, weeks, cur, Amounts.round(sums.open), total, promisedTotal,
        Amounts.round(sums.later), Amounts.round(sums.notExpected), byWeek);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static final class Sums {
    final BigDecimal[] expected;
    final BigDecimal[] promised;
    final BigDecimal[] late;
    BigDecimal later = BigDecimal.ZERO;
    BigDecimal open = BigDecimal.ZERO;
    BigDecimal notExpected = BigDecimal.ZERO;

    Sums(int weeks) {
      expected = new BigDecimal[weeks];
      promised = new BigDecimal[weeks];
      late = new BigDecimal[weeks];
      Arrays.fill(expected, BigDecimal.ZERO);
      Arrays.fill(promised, BigDecimal.ZERO);
      Arrays.fill(late, BigDecimal.ZERO);
    }

    void add(LocalDate from, LocalDate on, BigDecimal amount, BigDecimal promisedPart, BigDecimal latePart) {
      int week = (int) (ChronoUnit.DAYS.between(from, on) / 7);
      if (week >= expected.length) {
        later = later.add(amount);
        return;
      }
      expected[week] = expected[week].add(amount);
      promised[week] = promised[week].add(promisedPart);
      late[week] = late[week].add(latePart);
    }
  }
}
