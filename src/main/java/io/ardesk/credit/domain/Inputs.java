package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads untyped inputs (JSON numbers, form variables that arrive as Integer or Double, dates as
 * {@code yyyy-MM-dd} strings) and collects a {@link FieldProblem} for each one that is unusable.
 */
final class Inputs {

  private Inputs() {}

  /** The value as a number, or null after recording a problem. */
  static BigDecimal number(Object value, String field, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a number"));
      return null;
    }
  }

  /** An amount of money, 2 decimals half-up, optionally required to be zero or more. */
  static BigDecimal money(Object value, String field, boolean nonNegative, List<FieldProblem> problems) {
    BigDecimal number = number(value, field, problems);
    if (number == null) {
      return null;
    }
    if (nonNegative && number.signum() < 0) {
      problems.add(new FieldProblem(field, "must be zero or more"));
      return null;
    }
    return number.setScale(2, RoundingMode.HALF_UP);
  }

  /** An optional date; null when absent. */
  static LocalDate optionalDate(Object value, String field, List<FieldProblem> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    try {
      return LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date yyyy-MM-dd"));
      return null;
    }
  }
}
