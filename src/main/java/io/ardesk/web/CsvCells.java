package io.ardesk.web;

/**
 * Cells of the CSV exports. A text cell that a spreadsheet would read as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading single quote,
 * so {@code =HYPERLINK(…)} in a customer name arrives as text; then it is quoted per RFC 4180 when
 * needed. Numbers are written as they are (a negative balance stays a number): only text cells pass here.
 */
public final class CsvCells {
  private CsvCells() {}

  /** A text cell, neutralised and quoted; empty for null. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  /** A number cell: its plain text (never neutralised), empty for null. */
  public static String number(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  static boolean startsLikeAFormula(String value) {
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
