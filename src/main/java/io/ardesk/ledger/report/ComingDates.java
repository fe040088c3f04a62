package io.ardesk.ledger.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of the domain tables for the calendar of coming actions: open promises to pay, granted
 * extensions' new due dates, customers' next credit review; and the open cases' facts the engine's
 * timers are read against.
 */
@Service
@Transactional(readOnly = true)
public class ComingDates {
  private static final String PROMISES = """
      select p.promised_on as action_day, c.customer_no, cu.name, p.amount, cu.currency, c.stage
        from payment_promise p
        join collection_case c on c.id = p.case_id
        join customer cu on cu.customer_no = c.customer_no
       where p.status = 'OPEN' and p.promised_on between :from and :to
      """;
  private static final String EXTENSIONS = """
      select e.requested_due_date as action_day, e.customer_no, cu.name, e.extended_amount as amount, e.currency,
             e.request_no
        from extension_request e
        join customer cu on cu.customer_no = e.customer_no
       where e.status = 'GRANTED' and e.requested_due_date between :from and :to
      """;
  private static final String REVIEWS = """
      select cu.next_review_date as action_day, cu.customer_no, cu.name, cu.grade
        from customer cu
       where cu.next_review_date between :from and :to and cu.status <> 'CLOSED'
      """;
  private static final String CASES = """
      select c.customer_no, cu.name, c.stage, c.overdue_amount, c.currency, c.oldest_days_past_due,
             c.last_evaluated_at, c.hold_placed
        from collection_case c
        join customer cu on cu.customer_no = c.customer_no
       where c.status = 'OPEN'
      """;

  /** An open case as its last evaluation left it. */
  public record OpenCase(String customerNo, String name, String stage, java.math.BigDecimal overdueAmount,
      String currency, LocalDate oldestDueDate, boolean supplyStopped) {}

  private final NamedParameterJdbcTemplate jdbc;

  ComingDates(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
  }

  /** Promises, extension ends and credit reviews dated from..to (both inclusive). */
  public List<ComingAction> domainDates(LocalDate from, LocalDate to) {
    var params = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
    var result = new ArrayList<ComingAction>();
    jdbc.query(PROMISES, params, rs -> {
      result.add(new ComingAction(rs.getObject("action_day", LocalDate.class), "PROMISE_DUE", rs.getString("customer_no"),
          rs.getString("name"), "promised payment of " + rs.getBigDecimal("amount") + " " + rs.getString("currency"),
          rs.getString("stage"), rs.getBigDecimal("amount"), rs.getString("currency"), "payment_promise"));
    });
    jdbc.query(EXTENSIONS, params, rs -> {
      result.add(new ComingAction(rs.getObject("action_day", LocalDate.class), "EXTENSION_ENDS",
          rs.getString("customer_no"), rs.getString("name"),
          "extension " + rs.getString("request_no") + " ends: the extended items fall due", null,
          rs.getBigDecimal("amount"), rs.getString("currency"), "extension_request"));
    });
    jdbc.query(REVIEWS, params, rs -> {
      String grade = rs.getString("grade");
      result.add(new ComingAction(rs.getObject("action_day", LocalDate.class), "CREDIT_REVIEW", rs.getString("customer_no"),
          rs.getString("name"), "credit review due" + (grade == null ? "" : " (grade " + grade + ")"), null, null, null,
          "customer.next_review_date"));
    });
    return result;
  }

  /** The open cases by customer number. */
  public Map<String, OpenCase> openCases() {
    var result = new java.util.HashMap<String, OpenCase>();
    jdbc.query(CASES, rs -> {
      OpenCase c = openCase(rs);
      result.put(c.customerNo(), c);
    });
    return result;
  }

  /**
   * An open case from a row with the columns of {@link #CASES} (customer_no, name, stage, overdue_amount,
   * currency, oldest_days_past_due, last_evaluated_at, hold_placed): the oldest item's due date is the last
   * evaluation's day minus its days past due.
   */
  public static OpenCase openCase(java.sql.ResultSet rs) throws java.sql.SQLException {
    var evaluated = rs.getTimestamp("last_evaluated_at");
    LocalDate oldestDue = evaluated == null ? null
        : evaluated.toLocalDateTime().toLocalDate().minusDays(rs.getInt("oldest_days_past_due"));
    return new OpenCase(rs.getString("customer_no"), rs.getString("name"), rs.getString("stage"),
        rs.getBigDecimal("overdue_amount"), rs.getString("currency"), oldestDue, rs.getBoolean("hold_placed"));
  }
}
