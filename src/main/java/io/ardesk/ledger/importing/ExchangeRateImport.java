package io.ardesk.ledger.importing;

import io.ardesk.ledger.rates.ExchangeRates;
import java.io.BufferedReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of exchange rates: {@code currency,rate_date,rate} (header in any order), the rate being
 * the units of the base currency one unit of the currency buys on that day. All or nothing; a row
 * already there with the same rate is unchanged; a different rate for a currency and day already
 * imported is refused (past conversions must not change), as is the base currency itself.
 */
@Service
public class ExchangeRateImport {

  static final List<String> COLUMNS = List.of("currency", "rate_date", "rate");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final int MAX_ERRORS = 100;

  private final NamedParameterJdbcTemplate jdbc;
  private final ExchangeRates rates;
  private final Clock clock;

  ExchangeRateImport(NamedParameterJdbcTemplate jdbc, ExchangeRates rates, Clock clock) {
    this.jdbc = jdbc;
    this.rates = rates;
    this.clock = clock;
  }

  private record Rate(int line, String currency, LocalDate date, BigDecimal rate) {}

  @Transactional
  public ImportResult importRates(Reader csv, String actor) {
    var errors = new ArrayList<LineError>();
    var reader = new CsvReader(csv instanceof BufferedReader ? csv : new BufferedReader(csv, 1 << 16));
    var rows = new ArrayList<Rate>();
    try {
      List<String> first = reader.next();
      Map<String, Integer> header = new HashMap<>();
      if (first != null) {
        for (int i = 0; i < first.size(); i++) {
          header.put(first.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
      }
      for (String column : COLUMNS) {
        if (!header.containsKey(column)) {
          errors.add(new LineError(1, column, "column " + column + " is missing"));
        }
      }
      if (!errors.isEmpty()) {
        throw new ImportRejectedException(errors);
      }
      Map<String, Rate> inFile = new HashMap<>();
      for (List<String> cells = reader.next(); cells != null && errors.size() < MAX_ERRORS; cells = reader.next()) {
        if (cells.isEmpty()) {
          continue;
        }
        int line = reader.line();
        if (cells.size() != header.size()) {
          errors.add(new LineError(line, null, "has " + cells.size() + " fields, the header has " + header.size()));
          continue;
        }
        int before = errors.size();
        CsvRow row = new CsvRow(line, header, cells, errors);
        String currency = row.required("currency");
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
          row.error("currency", "'" + currency + "' is not an ISO 4217 code (three capital letters)");
        } else if (currency != null && currency.equals(rates.baseCurrency())) {
          row.error("currency", currency + " is the base currency: its rate is always 1");
        }
        LocalDate date = row.date("rate_date", true);
        BigDecimal rate = row.amount("rate", true);
        if (rate != null && (rate.signum() <= 0 || rate.scale() > 8 || rate.precision() - rate.scale() > 11)) {
          row.error("rate", "must be more than 0, at most 11 digits before and 8 after the decimal point");
        }
        if (errors.size() > before) {
          continue;
        }
        Rate parsed = new Rate(line, currency, date, rate);
        Rate twin = inFile.putIfAbsent(currency + "/" + date, parsed);
        if (twin != null) {
          if (twin.rate().compareTo(rate) != 0) {
            row.error("rate", "line " + twin.line() + " gives " + currency + " on " + date + " another rate, "
                + twin.rate().toPlainString());
          }
          continue;
        }
        rows.add(parsed);
      }
    } catch (CsvReader.CsvFormatException e) {
      errors.add(new LineError(e.line(), null, e.getMessage()));
    }
    int created = 0;
    int unchanged = 0;
    List<Rate> toInsert = new ArrayList<>();
    for (Rate r : rows) {
      List<BigDecimal> existing = jdbc.queryForList(
          "select rate from exchange_rate where currency = :currency and rate_date = :date",
          new MapSqlParameterSource("currency", r.currency()).addValue("date", r.date()), BigDecimal.class);
      if (existing.isEmpty()) {
        toInsert.add(r);
      } else if (existing.get(0).compareTo(r.rate()) == 0) {
        unchanged++;
      } else {
        errors.add(new LineError(r.line(), "rate", "the rate of " + r.currency() + " on " + r.date() + " is already "
            + existing.get(0).stripTrailingZeros().toPlainString() + "; an imported rate is not changed"));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(LineError::line));
      throw new ImportRejectedException(errors);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    for (Rate r : toInsert) {
      jdbc.update("""
          insert into exchange_rate (currency, rate_date, rate, imported_at, imported_by)
          values (:currency, :date, :rate, :at, :by)""",
          new MapSqlParameterSource("currency", r.currency()).addValue("date", r.date()).addValue("rate", r.rate())
              .addValue("at", now).addValue("by", actor));
      created++;
    }
    return new ImportResult(created, unchanged);
  }
}
