package io.ardesk.ledger.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Aging buckets from inclusive upper bounds in days past due: bounds 0, 30, 60 give NOT_DUE (≤ 0),
 * 1-30, 31-60 and OVER_60. 30 days past due is in 1-30, 31 in 31-60.
 */
public final class Buckets {
  private final int[] upperBounds;
  private final List<String> names;

  private Buckets(int[] upperBounds, List<String> names) {
    this.upperBounds = upperBounds;
    this.names = List.copyOf(names);
  }

  public static Buckets of(List<Integer> upperBounds) {
    if (upperBounds == null || upperBounds.isEmpty() || upperBounds.get(0) != 0) {
      throw new IllegalArgumentException("aging bucket bounds must start with 0 (NOT_DUE)");
    }
    int[] bounds = upperBounds.stream().mapToInt(Integer::intValue).toArray();
    var names = new ArrayList<String>();
    names.add("NOT_DUE");
    for (int i = 1; i < bounds.length; i++) {
      if (bounds[i] <= bounds[i - 1]) {
        throw new IllegalArgumentException("aging bucket bounds must increase: " + upperBounds);
      }
      names.add((bounds[i - 1] + 1) + "-" + bounds[i]);
    }
    names.add("OVER_" + bounds[bounds.length - 1]);
    return new Buckets(bounds, names);
  }

  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  /** The bucket index of an item {@code daysPastDue} days past due (≤ 0: not due). */
  public int indexOf(long daysPastDue) {
    for (int i = 0; i < upperBounds.length; i++) {
      if (daysPastDue <= upperBounds[i]) {
        return i;
      }
    }
    return upperBounds.length;
  }

  public String nameOf(long daysPastDue) {
    return names.get(indexOf(daysPastDue));
  }

  /**
   * SQL select items {@code sum(case when <days> in bucket i then <amount> else 0 end) as b<i>},
   * one per bucket, comma separated. The expressions are the caller's own SQL, never user input.
   */
  String sumColumns(String amount, String days) {
    var sql = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String condition;
      if (i == 0) {
        condition = days + " <= 0";
      } else if (i == upperBounds.length) {
        condition = days + " > " + upperBounds[i - 1];
      } else {
        condition = days + " > " + upperBounds[i - 1] + " and " + days + " <= " + upperBounds[i];
      }
      sql.append(i == 0 ? "" : ", ")
          .append("sum(case when ").append(condition).append(" then ").append(amount)
          .append(" else 0 end) as b").append(i);
    }
    return sql.toString();
  }
}
