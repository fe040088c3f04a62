package io.ardesk.ledger.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts amounts between currencies with the table {@code exchange_rate}: each row is the units of
 * the base currency ({@code ardesk.exchange-rates.base-currency}) one unit of a currency buys on a
 * day. X into Y on day D = rate(X) / rate(Y), each the latest rate on or before D; the base's rate is
 * 1. Converted amounts are rounded half-up to the cent. No rate: {@link MissingExchangeRateException}.
 */
@Service
// a missing rate is the caller's to handle (a run skips the customer): it must not doom the caller's transaction
@Transactional(readOnly = true, noRollbackFor = MissingExchangeRateException.class)
public class ExchangeRates {

  private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);

  private final NamedParameterJdbcTemplate jdbc;
  private final String baseCurrency;

  public ExchangeRates(NamedParameterJdbcTemplate jdbc,
      @Value("${ardesk.exchange-rates.base-currency:${ardesk.default-currency:CNY}}") String baseCurrency) {
    this.jdbc = jdbc;
    this.baseCurrency = baseCurrency;
  }

  public String baseCurrency() {
    return baseCurrency;
  }

  /** The amount in {@code to}, rounded to the cent; the same amount when the currencies are equal. */
  public BigDecimal convert(BigDecimal amount, String from, String to, LocalDate on) {
    if (from.equals(to)) {
      return amount;
    }
    BigDecimal fromRate = toBase(from, on).orElseThrow(() -> new MissingExchangeRateException(from, to, on));
    BigDecimal toRate = toBase(to, on).orElseThrow(() -> new MissingExchangeRateException(from, to, on));
    return amount.multiply(fromRate).divide(toRate, PRECISION).setScale(2, RoundingMode.HALF_UP);
  }

  /** How many units of {@code to} one unit of {@code from} buys on the day (the rate a converted figure shows). */
  public BigDecimal rate(String from, String to, LocalDate on) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    BigDecimal fromRate = toBase(from, on).orElseThrow(() -> new MissingExchangeRateException(from, to, on));
    BigDecimal toRate = toBase(to, on).orElseThrow(() -> new MissingExchangeRateException(from, to, on));
    return fromRate.divide(toRate, new MathContext(10, RoundingMode.HALF_UP)).stripTrailingZeros();
  }

  /** Units of the base currency for one unit of {@code currency}: the latest rate on or before the day. */
  public Optional<BigDecimal> toBase(String currency, LocalDate on) {
    if (currency.equals(baseCurrency)) {
      return Optional.of(BigDecimal.ONE);
    }
    List<BigDecimal> rates = jdbc.queryForList("""
        select rate from exchange_rate where currency = :currency and rate_date <= :on
        order by rate_date desc fetch first 1 rows only""",
        new MapSqlParameterSource("currency", currency).addValue("on", on), BigDecimal.class);
    return rates.stream().findFirst();
  }
}
