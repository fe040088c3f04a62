package io.ardesk.ledger.report;

import io.ardesk.ledger.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sums one aging SQL row carries; they add up, so a total is the sum of its customers. */
final class AgingSums {
  BigDecimal open = Amounts.ZERO;
  final BigDecimal[] byBucket;
  BigDecimal overdue = Amounts.ZERO;
  BigDecimal overdueTimesDays = BigDecimal.ZERO;
  BigDecimal openTimesDaysOutstanding = BigDecimal.ZERO;
  int maxDaysPastDue;

  AgingSums(int buckets) {
    byBucket = new BigDecimal[buckets];
    java.util.Arrays.fill(byBucket, Amounts.ZERO);
  }

  /** The select items {@link #read} expects over {@link OpenItems#aged}. */
  static String columns(Buckets buckets) {
    return "sum(o.open_amount) as open_total, " + buckets.sumColumns("o.open_amount", "o.dpd")
        + ", sum(case when o.dpd > 0 then o.open_amount else 0 end) as overdue"
        + ", sum(case when o.dpd > 0 then o.open_amount * o.dpd else 0 end) as overdue_days"
        + ", sum(o.open_amount * o.dout) as open_days, max(o.dpd) as max_dpd";
  }

  static AgingSums read(ResultSet rs, int buckets) throws SQLException {
    var sums = new AgingSums(buckets);
    sums.open = Amounts.orZero(rs.getBigDecimal("open_total"));
    for (int i = 0; i < buckets; i++) {
      sums.byBucket[i] = Amounts.orZero(rs.getBigDecimal("b" + i));
    }
    sums.overdue = Amounts.orZero(rs.getBigDecimal("overdue"));
    sums.overdueTimesDays = orZero(rs.getBigDecimal("overdue_days"));
    sums.openTimesDaysOutstanding = orZero(rs.getBigDecimal("open_days"));
    sums.maxDaysPastDue = Math.max(0, rs.getInt("max_dpd"));
    return sums;
  }

  void add(AgingSums other) {
    open = open.add(other.open);
    for (int i = 0; i < byBucket.length; i++) {
      byBucket[i] = byBucket[i].add(other.byBucket[i]);
    }
    overdue = overdue.add(other.overdue);
    overdueTimesDays = overdueTimesDays.add(other.overdueTimesDays);
    openTimesDaysOutstanding = openTimesDaysOutstanding.add(other.openTimesDaysOutstanding);
    maxDaysPastDue = Math.max(maxDaysPastDue, other.maxDaysPastDue);
  }

  BigDecimal weightedAverageDaysPastDue() {
    return ratio(overdueTimesDays, overdue);
  }

  BigDecimal weightedAverageDaysOutstanding() {
    return ratio(openTimesDaysOutstanding, open);
  }

  Map<String, BigDecimal> byBucket(List<String> names) {
    var map = new LinkedHashMap<String, BigDecimal>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), byBucket[i]);
    }
    return map;
  }

  AgingTotal total(List<String> names) {
    return new AgingTotal(open, byBucket(names), weightedAverageDaysPastDue(),
        weightedAverageDaysOutstanding());
  }

  static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0
        ? Amounts.ZERO
        : numerator.divide(denominator, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
