package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Cash expected in, week by week, from {@code from} (week 1 is from..from+6).
 *
 * @param openAmount undisputed items open on {@code from}, the base of the forecast
 * @param expected the sum of the weeks
 * @param promised the part of {@code expected} backed by open promises to pay
 * @param later expected after the last week
 * @param notExpected what the recovery curve says will not come in (late items' open × (1 − probability))
 */
public record CashForecast(
    LocalDate from,
    int weeks,
    String currency,
    BigDecimal openAmount,
    BigDecimal expected,
    BigDecimal promised,
    BigDecimal later,
    BigDecimal notExpected,
    List<Week> byWeek) {

  /**
   * @param expected everything expected in the week, promises included
   * @param promised the part promised by customers (on the promise's date)
   * @param fromLateItems the part from items already past due on {@code from} (after the curve)
   */
  public record Week(int week, LocalDate start, LocalDate end, BigDecimal expected, BigDecimal promised,
      BigDecimal fromLateItems) {}
}
