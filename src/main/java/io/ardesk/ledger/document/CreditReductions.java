package io.ardesk.ledger.document;

import io.ardesk.ledger.ControlsProperties;
import io.ardesk.ledger.rates.ExchangeRates;
import io.ardesk.ledger.rates.MissingExchangeRateException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What lowered a customer's debt without cash in the rolling window ({@code ardesk.controls.window-days},
 * 30 days up to and including the decision date): the credit notes and write-offs posted in it, and the
 * credit-note and write-off requests still waiting for a supervisor, each converted into the base
 * currency at the decision date's rate. Every limit on such reductions (credit notes, complaint credit
 * notes; extensions count their own requests the same way) compares this sum plus the new amount, so
 * five credit notes of 10,000.00 are five times 10,000.00, not five times below the limit.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = MissingExchangeRateException.class)
public class CreditReductions {
  private final NamedParameterJdbcTemplate jdbc;
  private final ExchangeRates rates;
  private final ControlsProperties properties;

  CreditReductions(NamedParameterJdbcTemplate jdbc, ExchangeRates rates, ControlsProperties properties) {
    this.jdbc = jdbc;
    this.rates = rates;
    this.properties = properties;
  }

  /**
   * The window's reductions and a new one, in the base currency.
   *
   * @param earlier what the window already holds (posted and pending), converted
   * @param thisOne the new amount, converted
   */
  public record Counted(String customerNo, LocalDate on, int windowDays, String baseCurrency, BigDecimal earlier,
      BigDecimal thisOne) {
    public BigDecimal total() {
      return earlier.add(thisOne);
    }

    public boolean above(BigDecimal limit) {
      return total().compareTo(limit) > 0;
    }

    /** For the audit and the approval form: "12100.00 CNY in 30 days to 2026-03-31 (limit 10000.00 CNY)". */
    public String describe(BigDecimal limit) {
      return total().toPlainString() + " " + baseCurrency + " in " + windowDays + " days to " + on + " with this one ("
          + earlier.toPlainString() + " before it; limit " + limit.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + baseCurrency + ")";
    }
  }

  /** The customer's window on {@code on} plus {@code amount} in {@code currency}. */
  public Counted count(String customerNo, BigDecimal amount, String currency, LocalDate on) {
    String base = rates.baseCurrency();
    var params = new MapSqlParameterSource("customerNo", customerNo)
        .addValue("from", windowStart(on).atStartOfDay())
        .addValue("until", on.plusDays(1).atStartOfDay());
    BigDecimal earlier = jdbc.query("""
        select d.amount, d.currency from credit_document d join customer c on c.id = d.customer_id
         where c.customer_no = :customerNo and d.kind in ('CREDIT_NOTE', 'WRITE_OFF')
           and d.created_at >= :from and d.created_at < :until
        union all
        select amount, currency from credit_note_request where customer_no = :customerNo and status = 'PENDING'
        union all
        select open_amount, currency from write_off_request where customer_no = :customerNo and status = 'PENDING'""",
        params, (rs, row) -> rates.convert(rs.getBigDecimal(1), rs.getString(2), base, on))
        .stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return new Counted(customerNo, on, properties.windowDays(), base, earlier, rates.convert(amount, currency, base, on));
  }

  public int windowDays() {
    return properties.windowDays();
  }

  /** The first day of the window that ends on {@code on}. */
  public LocalDate windowStart(LocalDate on) {
    return on.minusDays(properties.windowDays() - 1L);
  }

  /** {@code amount} in the base currency at the rate of {@code on}. */
  public BigDecimal inBase(BigDecimal amount, String currency, LocalDate on) {
    return rates.convert(amount, currency, rates.baseCurrency(), on);
  }

  public String baseCurrency() {
    return rates.baseCurrency();
  }
}
