package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import io.ardesk.ledger.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DSO, best-possible DSO, ADD and CEI for a period, from two agings and the period's invoices. */
@Service
@Transactional(readOnly = true)
public class KpiService {
  private static final String CREDIT_SALES = """
      select coalesce(sum(amount), 0) from invoice
       where kind = 'INVOICE' and currency = :currency and issue_date between :from and :to
      """;

  private final AgingService aging;
  private final NamedParameterJdbcTemplate jdbc;

  KpiService(AgingService aging, NamedParameterJdbcTemplate jdbc) {
    this.aging = aging;
    this.jdbc = jdbc;
  }

  /** KPIs for {@code from}..{@code to} inclusive; beginning AR is the aging of the day before. */
  public Kpis kpis(LocalDate from, LocalDate to, String currency) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("to", "the period needs from <= to");
    }
    String cur = aging.currencyOr(currency);
    int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
    AgingTotal beginning = aging.portfolio(from.minusDays(1), cur);
    AgingTotal ending = aging.portfolio(to, cur);
    BigDecimal sales = Amounts.orZero(jdbc.queryForObject(CREDIT_SALES,
        new MapSqlParameterSource("currency", cur).addValue("from", from).addValue("to", to), BigDecimal.class));
    BigDecimal current = ending.byBucket().get(aging.buckets().names().get(0));
    BigDecimal dso = perSales(ending.open(), sales, days);
    BigDecimal best = perSales(current, sales, days);
    BigDecimal add = dso == null ? null : dso.subtract(best);
    BigDecimal collectible = beginning.open().add(sales);
    BigDecimal cei = ratio(collectible.subtract(ending.open()).multiply(BigDecimal.valueOf(100)),
        collectible.subtract(current));
    return new Kpis(from, to, cur, days, beginning.open(), sales, ending.open(), current, dso, best, add, cei);
  }

  private static BigDecimal perSales(BigDecimal receivables, BigDecimal sales, int days) {
    return ratio(receivables.multiply(BigDecimal.valueOf(days)), sales);
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0 ? null : numerator.divide(denominator, 2, RoundingMode.HALF_UP);
  }
}
