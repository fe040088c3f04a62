package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What credit, collections and order review ask the ledger: exposure, overdue items and overdue
 * customers. Overdue means open and past the effective due date as of the date; undisputed ones
 * only, unless said otherwise. All in SQL; the customer lists stream.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {
  private static final String OPEN_AND_UNAPPLIED = """
      select (select coalesce(sum(open_amount), 0) from invoice
               where customer_id = :customerId and currency = :currency and settled_on is null) as open_amount,
             (select coalesce(sum(unapplied_amount), 0) from credit_document
               where customer_id = :customerId and currency = :currency and unapplied_amount > 0) as unapplied
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final CustomerRepository customers;

  LedgerQueries(DataSource dataSource, CustomerRepository customers) {
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(1000);
    this.jdbc = new NamedParameterJdbcTemplate(template);
    this.customers = customers;
  }

  /** Open receivables now, in the customer's currency (disputed items included). */
  public BigDecimal openReceivables(String customerNo) {
    return Amounts.orZero(balances(customerNo)[0]);
  }

  /** Payments and credit notes left on account (unapplied credit), in the customer's currency. */
  public BigDecimal unappliedCredit(String customerNo) {
    return Amounts.orZero(balances(customerNo)[1]);
  }

  /**
   * Exposure from the ledger (DOMAIN.md §7 adds approved orders not yet invoiced): open receivables
   * less what the customer has on account.
   */
  public BigDecimal exposure(String customerNo) {
    BigDecimal[] b = balances(customerNo);
    return Amounts.orZero(b[0]).subtract(Amounts.orZero(b[1]));
  }

  /** Overdue undisputed items of a customer as of {@code asOf}, oldest first. */
  public List<OverdueItem> overdueItems(String customerNo, LocalDate asOf) {
    return overdueItems(customerNo, asOf, false);
  }

  /** Overdue items of a customer as of {@code asOf}, oldest first; disputed ones when asked. */
  public List<OverdueItem> overdueItems(String customerNo, LocalDate asOf, boolean includeDisputed) {
    Customer customer = customer(customerNo);
    String sql = "select o.* from (" + OpenItems.aged("i.customer_id = :customerId") + ") o where o.dpd > 0"
        + (includeDisputed ? "" : " and o.disputed = false") + " order by o.dpd desc, o.invoice_no";
    return jdbc.query(sql, params(customer, asOf), ITEM);
  }

  /** Days past due of the oldest overdue undisputed item as of {@code asOf}; empty if none. */
  public OptionalInt oldestDaysPastDue(String customerNo, LocalDate asOf) {
    Customer customer = customer(customerNo);
    String sql = "select max(o.dpd) from (" + OpenItems.aged("i.customer_id = :customerId and i.disputed = false")
        + ") o where o.dpd > 0";
    Integer days = jdbc.queryForObject(sql, params(customer, asOf), Integer.class);
    return days == null ? OptionalInt.empty() : OptionalInt.of(days);
  }

  /**
   * Streams every customer with overdue undisputed items as of {@code asOf} in {@code currency}
   * (at least {@code minDaysPastDue} days for the oldest), in customer number order, one SQL.
   */
  public void forEachCustomerWithOverdueItems(LocalDate asOf, String currency, int minDaysPastDue,
      Consumer<OverdueCustomer> sink) {
    var params = new MapSqlParameterSource("asOf", asOf).addValue("currency", currency)
        .addValue("minDays", Math.max(1, minDaysPastDue));
    jdbc.query(overdueCustomersSql(""), params, rs -> {
      sink.accept(OVERDUE_CUSTOMER.mapRow(rs, 0));
    });
  }

  /** One page of {@link #forEachCustomerWithOverdueItems}: customers after {@code afterCustomerNo}. */
  public List<OverdueCustomer> customersWithOverdueItems(LocalDate asOf, String currency, int minDaysPastDue,
      String afterCustomerNo, int limit) {
    var params = new MapSqlParameterSource("asOf", asOf).addValue("currency", currency)
        .addValue("minDays", Math.max(1, minDaysPastDue)).addValue("after", afterCustomerNo == null ? "" : afterCustomerNo)
        .addValue("limit", limit);
    return jdbc.query(overdueCustomersSql(" and c.customer_no > :after") + " fetch first :limit rows only",
        params, OVERDUE_CUSTOMER);
  }

  private static String overdueCustomersSql(String customerCondition) {
    return "select c.customer_no, g.overdue, g.items, g.oldest from (select o.customer_id,"
        + " sum(o.open_amount) as overdue, count(*) as items, max(o.dpd) as oldest from ("
        + OpenItems.aged("i.disputed = false and (i.effective_due_date < :asOf or i.extended)") + ") o where o.dpd > 0"
        + " group by o.customer_id having max(o.dpd) >= :minDays) g join customer c on c.id = g.customer_id"
        + " where 1 = 1" + customerCondition + " order by c.customer_no";
  }

  private BigDecimal[] balances(String customerNo) {
    Customer customer = customer(customerNo);
    var params = new MapSqlParameterSource("customerId", customer.getId()).addValue("currency", customer.getCurrency());
    return jdbc.queryForObject(OPEN_AND_UNAPPLIED, params,
        (rs, n) -> new BigDecimal[] {rs.getBigDecimal("open_amount"), rs.getBigDecimal("unapplied")});
  }

  private Customer customer(String customerNo) {
    return customers.byCustomerNo(customerNo)
        .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
  }

  private static MapSqlParameterSource params(Customer customer, LocalDate asOf) {
    return new MapSqlParameterSource("asOf", asOf).addValue("currency", customer.getCurrency())
        .addValue("customerId", customer.getId());
  }

  private static final RowMapper<OverdueItem> ITEM = (rs, n) -> new OverdueItem(
      rs.getString("invoice_no"), rs.getString("kind"), rs.getObject("issue_date", LocalDate.class),
      rs.getObject("original_due_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
      Amounts.round(rs.getBigDecimal("amount")), Amounts.round(rs.getBigDecimal("open_amount")),
      rs.getString("currency"), rs.getInt("dpd"), rs.getBoolean("disputed"));

  private static final RowMapper<OverdueCustomer> OVERDUE_CUSTOMER = (rs, n) -> new OverdueCustomer(
      rs.getString("customer_no"), Amounts.round(rs.getBigDecimal("overdue")), rs.getInt("items"),
      rs.getInt("oldest"));
}
