package io.ardesk.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the open items are expected to bring in, per bucket, by the collection-probability curve. */
public record ExpectedRecovery(
    LocalDate asOf, String currency, BigDecimal open, BigDecimal expectedRecovery,
    List<BucketRecovery> buckets) {

  /** {@code recoveryRate} is expected / open in percent. */
  public record BucketRecovery(
      String bucket, BigDecimal open, BigDecimal expectedRecovery, BigDecimal recoveryRate) {}
}
