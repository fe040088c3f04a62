package io.ardesk.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.aging.*} (docs/domain.md §5).
 *
 * @param bucketUpperBounds inclusive upper bounds in days past due; the first must be 0 (NOT_DUE),
 *     the bucket after the last is OVER_n
 * @param recoveryCurve collection probability by days past due; linear between points, flat
 *     beyond the last
 * @param salesMargin margin used to show how much new business a bad debt costs
 */
@ConfigurationProperties("ardesk.aging")
public record AgingProperties(
    @DefaultValue({"0", "30", "60", "90", "180", "365"}) List<Integer> bucketUpperBounds,
    List<RecoveryPoint> recoveryCurve,
    @DefaultValue("0.10") BigDecimal salesMargin) {

  public AgingProperties {
    recoveryCurve = recoveryCurve == null ? List.of() : List.copyOf(recoveryCurve);
  }

  public record RecoveryPoint(int days, BigDecimal probability) {}
}
