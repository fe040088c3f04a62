package io.ardesk.ledger.report;

import io.ardesk.ledger.AgingProperties.RecoveryPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The collection probability by days past due (docs/domain.md §5): linear between the configured
 * points, the first point's value before it (not yet due), the last point's value after it.
 */
public final class RecoveryCurve {
  private final List<RecoveryPoint> points;

  public RecoveryCurve(List<RecoveryPoint> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("the recovery curve needs at least one point");
    }
    this.points = points.stream().sorted(Comparator.comparingInt(RecoveryPoint::days)).toList();
  }

  /** Probability (0..1, six decimals) that an item {@code daysPastDue} days past due is collected. */
  public BigDecimal probability(long daysPastDue) {
    RecoveryPoint first = points.get(0);
    if (daysPastDue <= first.days()) {
      return first.probability().setScale(6, RoundingMode.HALF_UP);
    }
    for (int i = 1; i < points.size(); i++) {
      RecoveryPoint lo = points.get(i - 1);
      RecoveryPoint hi = points.get(i);
      if (daysPastDue <= hi.days()) {
        BigDecimal share = BigDecimal.valueOf(daysPastDue - lo.days())
            .divide(BigDecimal.valueOf(hi.days() - lo.days()), 10, RoundingMode.HALF_UP);
        return lo.probability()
            .add(hi.probability().subtract(lo.probability()).multiply(share))
            .setScale(6, RoundingMode.HALF_UP);
      }
    }
    return points.get(points.size() - 1).probability().setScale(6, RoundingMode.HALF_UP);
  }
}
