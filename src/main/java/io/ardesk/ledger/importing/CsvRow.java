package io.ardesk.ledger.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One record of a CSV file with its header; typed getters report bad cells as {@link LineError}s. */
final class CsvRow {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

  private final int line;
  private final Map<String, Integer> header;
  private final List<String> cells;
  private final List<LineError> errors;

  CsvRow(int line, Map<String, Integer> header, List<String> cells, List<LineError> errors) {
    this.line = line;
    this.header = header;
    this.cells = cells;
    this.errors = errors;
  }

  int line() {
    return line;
  }

  /** The trimmed cell, null when the column is absent or the cell empty. */
  String text(String column) {
    Integer i = header.get(column);
    if (i == null) {
      return null;
    }
    String value = cells.get(i).trim();
    return value.isEmpty() ? null : value;
  }

  String required(String column) {
    String value = text(column);
    if (value == null) {
      error(column, "is required");
    }
    return value;
  }

  LocalDate date(String column, boolean required) {
    String value = required ? required(column) : text(column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      error(column, "'" + value + "' is not an ISO date (yyyy-MM-dd)");
      return null;
    }
  }

  BigDecimal amount(String column, boolean required) {
    String value = required ? required(column) : text(column);
    if (value == null) {
      return null;
    }
    if (!DECIMAL.matcher(value).matches()) {
      error(column, "'" + value + "' is not a number with '.' as decimal point");
      return null;
    }
    return new BigDecimal(value);
  }

  Integer integer(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    if (!INTEGER.matcher(value).matches()) {
      error(column, "'" + value + "' is not a whole number");
      return null;
    }
    return Integer.valueOf(value);
  }

  Boolean bool(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> true;
      case "false", "no", "n", "0" -> false;
      default -> {
        error(column, "'" + value + "' is not true or false");
        yield null;
      }
    };
  }

  <E extends Enum<E>> E choice(String column, Class<E> type) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      error(column, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
      return null;
    }
  }

  void error(String column, String message) {
    errors.add(new LineError(line, column, message));
  }
}
