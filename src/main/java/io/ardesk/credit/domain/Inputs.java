package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads untyped inputs (JSON numbers, form variables that arrive as Integer or Double, dates as
 * {@code yyyy-MM-dd} strings) and collects a {@link FieldProblem} for each one that is unusable.
 */
final class Inputs {

  /** Integer digits of any figure (the columns are numeric(19,2)). */
  static final int MAX_INTEGER_DIGITS = 15;
  private static final int MAX_TEXT_LENGTH = 40;
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private Inputs() {}

  /** The value as a number, or null after recording a problem. */
  static BigDecimal number(Object value, String field, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
      return null;
    }
    BigDecimal number;
    if (value instanceof BigDecimal decimal) {
      number = decimal;
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        problems.add(new FieldProblem(field, "must be a finite number"));
        return null;
      }
      number = BigDecimal.valueOf(d);
    } else if (value instanceof java.math.BigInteger big) {
      number = new BigDecimal(big);
    } else if (value instanceof Number n) {
      number = BigDecimal.valueOf(n.longValue());
    } else {
      String text = value.toString().trim();
      // a plain decimal of sane length only: "1e100000000" would cost minutes of arithmetic
      if (text.length() > MAX_TEXT_LENGTH || !PLAIN_DECIMAL.matcher(text).matches()) {
        problems.add(new FieldProblem(field, "must be a plain decimal number (digits and '.', no exponent)"));
        return null;
      }
      number = new BigDecimal(text);
    }
    if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
      problems.add(new FieldProblem(field,
          "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point"));
      return null;
    }
    return number;
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
