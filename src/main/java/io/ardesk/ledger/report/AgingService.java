package io.ardesk.ledger.report;

import io.ardesk.ledger.AgingProperties;
import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.InterestProperties;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aging as of any date (docs/domain.md §5), computed by one SQL aggregation over the open items; also
 * the expected recovery and the cost of lateness, which are read from the same sums.
 */
@Service
@Transactional(readOnly = true)
public class AgingService {
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private final NamedParameterJdbcTemplate jdbc;
  private final CustomerRepository customers;
  private final Buckets buckets;
  private final RecoveryCurve curve;
  private final AgingProperties aging;
  private final InterestProperties interest;
  private final String defaultCurrency;

  AgingService(DataSource dataSource, CustomerRepository customers, AgingProperties aging,
      InterestProperties interest, @Value("${ardesk.default-currency:CNY}") String defaultCurrency) {
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(1000);
    this.jdbc = new NamedParameterJdbcTemplate(template);
    this.customers = customers;
    this.buckets = Buckets.of(aging.bucketUpperBounds());
    this.curve = new RecoveryCurve(aging.recoveryCurve());
    this.aging = aging;
    this.interest = interest;
    this.defaultCurrency = defaultCurrency;
  }

  public Buckets buckets() {
    return buckets;
  }

  /** The portfolio total as of {@code asOf} in {@code currency} (null: the default currency). */
  public AgingTotal portfolio(LocalDate asOf, String currency) {
    String sql = "select " + AgingSums.columns(buckets) + " from (" + OpenItems.aged("") + ") o";
    return jdbc.queryForObject(sql, params(asOf, currency), (rs, n) -> AgingSums.read(rs, buckets.size()))
        .total(buckets.names());
  }

  /** Total and one line per customer with open items; only {@code customerNo}'s when given. */
  public AgingReport aging(LocalDate asOf, String currency, String customerNo) {
    var total = new AgingSums(buckets.size());
    var lines = new ArrayList<CustomerAging>();
    forEachCustomer(asOf, currency, customerNo, (customer, sums) -> {
      total.add(sums);
      lines.add(line(customer, sums));
    });
    return new AgingReport(asOf, currencyOr(currency), buckets.names(), total.total(buckets.names()), lines);
  }

  /** Streams the customer lines, in customer number order, without holding them all. */
  public void forEachCustomer(LocalDate asOf, String currency, String customerNo, Consumer<CustomerAging> sink) {
    forEachCustomer(asOf, currency, customerNo, (customer, sums) -> sink.accept(line(customer, sums)));
  }

  /** Interest cost and sales needed per customer with overdue items. */
  public List<CostOfLateness> costOfLateness(LocalDate asOf, String currency, String customerNo) {
    var result = new ArrayList<CostOfLateness>();
    BigDecimal rate = interest.annualRate();
    forEachCustomer(asOf, currency, customerNo, (customer, sums) -> {
      if (sums.overdue.signum() > 0) {
        result.add(new CostOfLateness(customer.customerNo(), customer.name(), sums.overdue,
            sums.weightedAverageDaysPastDue(),
            Amounts.round(sums.overdueTimesDays.multiply(rate).divide(DAYS_PER_YEAR, 6, RoundingMode.HALF_UP)),
            sums.overdue.divide(aging.salesMargin(), 2, RoundingMode.HALF_UP)));
      }
    });
    return result;
  }

  /** Expected recovery per bucket: each open amount times the curve at its days past due. */
  public ExpectedRecovery expectedRecovery(LocalDate asOf, String currency) {
    String sql = "select o.dpd, sum(o.open_amount) as open_amount from (" + OpenItems.aged("")
        + ") o group by o.dpd";
    int n = buckets.size();
    BigDecimal[] open = new BigDecimal[n];
    BigDecimal[] expected = new BigDecimal[n];
    java.util.Arrays.fill(open, Amounts.ZERO);
    java.util.Arrays.fill(expected, BigDecimal.ZERO);
    jdbc.query(sql, params(asOf, currency), rs -> {
      int dpd = rs.getInt("dpd");
      int i = buckets.indexOf(dpd);
      BigDecimal amount = rs.getBigDecimal("open_amount");
      open[i] = open[i].add(amount);
      expected[i] = expected[i].add(amount.multiply(curve.probability(dpd)));
    });
    var lines = new ArrayList<ExpectedRecovery.BucketRecovery>();
    BigDecimal openTotal = Amounts.ZERO;
    BigDecimal expectedTotal = Amounts.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal exp = Amounts.round(expected[i]);
      BigDecimal rate = open[i].signum() == 0 ? Amounts.ZERO
          : exp.multiply(BigDecimal.valueOf(100)).divide(open[i], 2, RoundingMode.HALF_UP);
      lines.add(new ExpectedRecovery.BucketRecovery(buckets.names().get(i), Amounts.round(open[i]), exp, rate));
      openTotal = openTotal.add(open[i]);
      expectedTotal = expectedTotal.add(exp);
    }
    return new ExpectedRecovery(asOf, currencyOr(currency), Amounts.round(openTotal), expectedTotal, lines);
  }

  /** The curve the expected recovery uses. */
  public RecoveryCurve recoveryCurve() {
    return curve;
  }

  private record CustomerKey(String customerNo, String name, BigDecimal creditLimit) {}

  private interface SumsSink {
    void accept(CustomerKey customer, AgingSums sums);
  }

  private void forEachCustomer(LocalDate asOf, String currency, String customerNo, SumsSink sink) {
    var params = params(asOf, currency);
    String condition = "";
    if (customerNo != null && !customerNo.isBlank()) {
      Customer customer = customers.findByCustomerNo(customerNo)
          .orElseThrow(() -> new NotFoundException("customer", "customerNo", customerNo));
      params.addValue("customerId", customer.getId());
      condition = "i.customer_id = :customerId";
    }
    String sql = "select c.customer_no, c.name, c.credit_limit, g.* from (select o.customer_id, "
        + AgingSums.columns(buckets) + " from (" + OpenItems.aged(condition) + ") o group by o.customer_id) g"
        + " join customer c on c.id = g.customer_id order by c.customer_no";
    jdbc.query(sql, params, rs -> {
      var key = new CustomerKey(rs.getString("customer_no"), rs.getString("name"),
          Amounts.round(rs.getBigDecimal("credit_limit")));
      sink.accept(key, AgingSums.read(rs, buckets.size()));
    });
  }

  private CustomerAging line(CustomerKey customer, AgingSums sums) {
    return new CustomerAging(customer.customerNo(), customer.name(), sums.open, sums.byBucket(buckets.names()),
        sums.maxDaysPastDue, sums.weightedAverageDaysPastDue(), customer.creditLimit());
  }

  MapSqlParameterSource params(LocalDate asOf, String currency) {
    return new MapSqlParameterSource().addValue("asOf", asOf).addValue("currency", currencyOr(currency));
  }

  String currencyOr(String currency) {
    return currency == null || currency.isBlank() ? defaultCurrency : currency;
  }
}
