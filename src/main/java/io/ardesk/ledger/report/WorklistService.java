package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.rates.ExchangeRates;
import io.ardesk.ledger.rates.MissingExchangeRateException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open collection cases ranked by expected loss: for each overdue, undisputed item, open amount ×
 * (1 − recovery probability at its days past due), summed per case. The items of every currency are
 * read grouped by customer, currency and days past due (one SQL aggregation) and converted into the
 * customer's currency at the rates of {@code asOf}; cases are ranked by their loss in the base currency,
 * so a USD case and a CNY case compare by value, not by digits.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {
  private static final String CASES = """
      select c.customer_no, cu.id as customer_id, cu.name, cu.currency, cu.grade, c.stage,
             (select count(*) from payment_promise p where p.case_id = c.id and p.status = 'BROKEN') as broken
        from collection_case c
        join customer cu on cu.customer_no = c.customer_no
       where c.status = 'OPEN'
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final AgingService aging;
  private final ExchangeRates rates;

  WorklistService(DataSource dataSource, AgingService aging, ExchangeRates rates) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.aging = aging;
    this.rates = rates;
  }

  private static final class Line {
    String customerNo;
    long customerId;
    String name;
    String currency;
    String grade;
    String stage;
    boolean broken;
    String missingRate;
    BigDecimal overdue = BigDecimal.ZERO;
    BigDecimal loss = BigDecimal.ZERO;
    BigDecimal baseLoss = BigDecimal.ZERO;
    int items;
    int oldest;
  }

  /** Every open case with something overdue on {@code asOf}, largest expected loss first. */
  public List<WorklistEntry> worklist(LocalDate asOf) {
    return rank(lines(asOf, null));
  }

  /** The Tasklist priority for a customer's case tasks on {@code asOf}: 0 when nothing is overdue. */
  public int priorityOf(String customerNo, LocalDate asOf) {
    List<Line> lines = lines(asOf, customerNo);
    return lines.isEmpty() ? 0 : priorityFor(lines.get(0).baseLoss);
  }

  /**
   * 10 × log10(1 + expected loss), 0–100: every tenfold loss ten points more (1,000 → 30,
   * 100,000 → 50, 10,000,000 → 70), so Tasklist's priority sort follows the worklist.
   */
  public static int priorityFor(BigDecimal expectedLoss) {
    if (expectedLoss.signum() <= 0) {
      return 0;
    }
    long p = Math.round(10 * Math.log10(1 + expectedLoss.doubleValue()));
    return (int) Math.min(100, Math.max(1, p));
  }

  private List<Line> lines(LocalDate asOf, String customerNo) {
    var params = new MapSqlParameterSource().addValue("asOf", asOf);
    String cases = CASES + (customerNo == null ? "" : " and c.customer_no = :customerNo");
    params.addValue("customerNo", customerNo);
    Map<Long, Line> byCustomer = new LinkedHashMap<>();
    jdbc.query(cases, params, rs -> {
      var line = new Line();
      line.customerNo = rs.getString("customer_no");
      line.customerId = rs.getLong("customer_id");
      line.name = rs.getString("name");
      line.currency = rs.getString("currency");
      line.grade = rs.getString("grade");
      line.stage = rs.getString("stage");
      line.broken = rs.getLong("broken") > 0;
      byCustomer.put(line.customerId, line);
    });
    if (byCustomer.isEmpty()) {
      return List.of();
    }
    RecoveryCurve curve = aging.recoveryCurve();
    String condition = "i.disputed = false"
        + (customerNo == null ? "" : " and i.customer_id = " + byCustomer.keySet().iterator().next());
    String sql = "select o.customer_id, o.currency, o.dpd, sum(o.open_amount) as open_amount, count(*) as items from ("
        + OpenItems.aged(condition, true) + ") o where o.dpd > 0 group by o.customer_id, o.currency, o.dpd";
    jdbc.query(sql, params, rs -> {
      Line line = byCustomer.get(rs.getLong("customer_id"));
      if (line == null) {
        return;
      }
      int dpd = rs.getInt("dpd");
      BigDecimal open;
      try {
        open = rates.convert(rs.getBigDecimal("open_amount"), rs.getString("currency"), line.currency, asOf);
      } catch (MissingExchangeRateException e) {
        // not left out silently: the case stays on the list and its reason names the missing rate
        line.missingRate = e.getMessage();
        return;
      }
      line.overdue = line.overdue.add(open);
      line.loss = line.loss.add(open.multiply(BigDecimal.ONE.subtract(curve.probability(dpd))));
      line.items += rs.getInt("items");
      line.oldest = Math.max(line.oldest, dpd);
    });
    for (Line line : byCustomer.values()) {
      // ranking only: a currency without a rate to the base ranks by its own figure
      BigDecimal loss = Amounts.round(line.loss);
      line.baseLoss = rates.toBase(line.currency, asOf).map(rate -> Amounts.round(loss.multiply(rate))).orElse(loss);
    }
    return byCustomer.values().stream().filter(l -> l.overdue.signum() > 0 || l.missingRate != null).toList();
  }

  private static List<WorklistEntry> rank(List<Line> lines) {
    var sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparing((Line l) -> l.baseLoss).reversed()
        .thenComparing(l -> l.oldest, Comparator.reverseOrder()).thenComparing(l -> l.customerNo));
    var result = new ArrayList<WorklistEntry>();
    for (Line l : sorted) {
      BigDecimal loss = Amounts.round(l.loss);
      BigDecimal overdue = Amounts.round(l.overdue);
      result.add(new WorklistEntry(result.size() + 1, l.customerNo, l.name, l.currency, l.stage, overdue, l.items,
          l.oldest, loss, l.broken, l.grade, priorityFor(l.baseLoss), reason(overdue, l)));
    }
    return result;
  }

  /** "420,000.00 CNY, 97 days, broken promise, grade D". */
  static String reason(BigDecimal overdue, Line l) {
    var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    StringBuilder sb = new StringBuilder(format.format(overdue)).append(' ').append(l.currency)
        .append(", ").append(l.oldest).append(l.oldest == 1 ? " day" : " days");
    if (l.broken) {
      sb.append(", broken promise");
    }
    if (l.grade != null && !l.grade.isBlank()) {
      sb.append(", grade ").append(l.grade);
    }
    if (l.missingRate != null) {
      sb.append(", ").append(l.missingRate).append(" (not counted)");
    }
    return sb.toString();
  }
}
