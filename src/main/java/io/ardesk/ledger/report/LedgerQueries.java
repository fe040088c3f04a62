package io.ardesk.ledger.report;

import io.ardesk.ledger.rates.ExchangeRates;
import io.ardesk.ledger.rates.MissingExchangeRateException;
import java.time.Clock;

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
  /** Open receivables and unapplied credit of a customer, one row per currency and kind. */
  private static final String OPEN_AND_UNAPPLIED = """
      select 'OPEN' as kind, currency, sum(open_amount) as amount from invoice
       where customer_id = :customerId and settled_on is null group by currency
      union all
      select 'UNAPPLIED' as kind, currency, sum(unapplied_amount) as amount from credit_document
       where customer_id = :customerId and unapplied_amount > 0 group by currency
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final CustomerRepository customers;
  private final ExchangeRates rates;
  private final Clock clock;

  LedgerQueries(DataSource dataSource, CustomerRepository customers, ExchangeRates rates, Clock clock) {
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(1000);
    this.jdbc = new NamedParameterJdbcTemplate(template);
    this.customers = customers;
    this.rates = rates;
    this.clock = clock;
  }

  /**
   * Open receivables now, in the customer's currency (disputed items included); items in another
   * currency are converted at today's rate ({@link ExchangeRates}), each currency's sum once.
   */
  public BigDecimal openReceivables(String customerNo) {
    return Amounts.orZero(balances(customerNo)[0]);
  }

  /** Payments and credit notes left on account (unapplied credit), in the customer's currency (converted). */
  public BigDecimal unappliedCredit(String customerNo) {
    return Amounts.orZero(balances(customerNo)[1]);
  }

  /**
   * Exposure from the ledger (docs/domain.md §7 adds approved orders not yet invoiced): open receivables
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

  /**
   * Overdue items of a customer as of {@code asOf}, oldest first; disputed ones when asked. Items in
   * every currency, each with its open amount converted into the customer's currency at the rate of
   * {@code asOf}; a missing rate is a {@link MissingExchangeRateException}, never a skipped item.
   */
  public List<OverdueItem> overdueItems(String customerNo, LocalDate asOf, boolean includeDisputed) {
    Customer customer = customer(customerNo);
    String sql = "select o.* from (" + OpenItems.aged("i.customer_id = :customerId", true) + ") o where o.dpd > 0"
        + (includeDisputed ? "" : " and o.disputed = false") + " order by o.dpd desc, o.invoice_no";
    return jdbc.query(sql, params(customer, asOf), ITEM).stream()
        .map(item -> item.inCustomerCurrency(customer.getCurrency(),
            rates.convert(item.openAmount(), item.currency(), customer.getCurrency(), asOf)))
        .toList();
  }

  /** Days past due of the oldest overdue undisputed item as of {@code asOf}; empty if none. */
  public OptionalInt oldestDaysPastDue(String customerNo, LocalDate asOf) {
    Customer customer = customer(customerNo);
    String sql = "select max(o.dpd) from (" + OpenItems.aged("i.customer_id = :customerId and i.disputed = false",
        true) + ") o where o.dpd > 0";
    Integer days = jdbc.queryForObject(sql, params(customer, asOf), Integer.class);
    return days == null ? OptionalInt.empty() : OptionalInt.of(days);
  }

  /**
   * Streams every customer of {@code currency} with overdue undisputed items (in any currency) as of
   * {@code asOf} (at least {@code minDaysPastDue} days for the oldest), in customer number order, one
   * SQL; the overdue amount of a customer with items in another currency is converted.
   */
  public void forEachCustomerWithOverdueItems(LocalDate asOf, String currency, int minDaysPastDue,
      Consumer<OverdueCustomer> sink) {
    var params = new MapSqlParameterSource("asOf", asOf).addValue("currency", currency)
        .addValue("minDays", Math.max(1, minDaysPastDue));
    jdbc.query(overdueCustomersSql(""), params, rs -> {
      sink.accept(converted(OVERDUE_CUSTOMER.mapRow(rs, 0), asOf));
    });
  }

  /** One page of {@link #forEachCustomerWithOverdueItems}: customers after {@code afterCustomerNo}. */
  public List<OverdueCustomer> customersWithOverdueItems(LocalDate asOf, String currency, int minDaysPastDue,
      String afterCustomerNo, int limit) {
    var params = new MapSqlParameterSource("asOf", asOf).addValue("currency", currency)
        .addValue("minDays", Math.max(1, minDaysPastDue)).addValue("after", afterCustomerNo == null ? "" : afterCustomerNo)
        .addValue("limit", limit);
    return jdbc.query(overdueCustomersSql(" and c.customer_no > :after") + " fetch first :limit rows only",
        params, OVERDUE_CUSTOMER).stream().map(customer -> converted(customer, asOf)).toList();
  }

  /**
   * A customer whose overdue items are not all in its own currency: the amount is the sum of the
   * converted items. Without a rate the amount is unknown (-1): the case looks again, and its
   * evaluation raises the incident naming the missing rate.
   */
  private OverdueCustomer converted(OverdueCustomer row, LocalDate asOf) {
    if (row.overdueAmount() != null) {
      return row;
    }
    BigDecimal overdue;
    try {
      overdue = overdueItems(row.customerNo(), asOf).stream().map(OverdueItem::customerOpenAmount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    } catch (MissingExchangeRateException e) {
      overdue = BigDecimal.ONE.negate();
    }
    return new OverdueCustomer(row.customerNo(), overdue, row.overdueItems(), row.oldestDaysPastDue());
  }

  private static String overdueCustomersSql(String customerCondition) {
    return "select c.customer_no, case when g.currencies = 1 and g.some_currency = c.currency then g.overdue end"
        + " as overdue, g.items, g.oldest from (select o.customer_id,"
        + " sum(o.open_amount) as overdue, count(*) as items, max(o.dpd) as oldest,"
        + " count(distinct o.currency) as currencies, min(o.currency) as some_currency from ("
        + OpenItems.aged("i.disputed = false and (i.effective_due_date < :asOf or i.extended)", true)
        + ") o where o.dpd > 0"
        + " group by o.customer_id having max(o.dpd) >= :minDays) g join customer c on c.id = g.customer_id"
        + " where c.currency = :currency" + customerCondition + " order by c.customer_no";
  }

  /** Open receivables and unapplied credit in the customer's currency, other currencies converted today. */
  private BigDecimal[] balances(String customerNo) {
    Customer customer = customer(customerNo);
    LocalDate today = LocalDate.now(clock);
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
    jdbc.query(OPEN_AND_UNAPPLIED, new MapSqlParameterSource("customerId", customer.getId()), rs -> {
      BigDecimal amount = rates.convert(Amounts.round(rs.getBigDecimal("amount")), rs.getString("currency"),
          customer.getCurrency(), today);
      int index = "OPEN".equals(rs.getString("kind")) ? 0 : 1;
      sums[index] = sums[index].add(amount);
    });
    return sums;
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
      rs.getString("currency"), rs.getInt("dpd"), rs.getBoolean("disputed"), null, null);

  private static final RowMapper<OverdueCustomer> OVERDUE_CUSTOMER = (rs, n) -> new OverdueCustomer(
      rs.getString("customer_no"), rs.getBigDecimal("overdue") == null ? null : Amounts.round(rs.getBigDecimal("overdue")),
      rs.getInt("items"),
      rs.getInt("oldest"));
}
