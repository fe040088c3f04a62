package io.ardesk.ledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.ledger.AgingProperties.RecoveryPoint;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketsTest {
  final Buckets buckets = Buckets.of(List.of(0, 30, 60, 90, 180, 365));

  @Test
  void namesFollowTheBoundsWithTheDefaultSeven() {
    assertThat(buckets.names())
        .containsExactly("NOT_DUE", "1-30", "31-60", "61-90", "91-180", "181-365", "OVER_365");
  }

  @Test
  void upperBoundsAreInclusive() {
    assertThat(buckets.nameOf(-5)).isEqualTo("NOT_DUE");
    assertThat(buckets.nameOf(0)).isEqualTo("NOT_DUE");
    assertThat(buckets.nameOf(1)).isEqualTo("1-30");
    assertThat(buckets.nameOf(30)).isEqualTo("1-30");
    assertThat(buckets.nameOf(31)).isEqualTo("31-60");
    assertThat(buckets.nameOf(365)).isEqualTo("181-365");
    assertThat(buckets.nameOf(366)).isEqualTo("OVER_365");
  }

  @Test
  void boundsMustStartAtZeroAndIncrease() {
    assertThatThrownBy(() -> Buckets.of(List.of(30, 60))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Buckets.of(List.of(0, 60, 30))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recoveryCurveInterpolatesLinearlyBetweenTheCcaaPoints() {
    var curve = new RecoveryCurve(List.of(new RecoveryPoint(0, new BigDecimal("0.949")),
        new RecoveryPoint(30, new BigDecimal("0.899")), new RecoveryPoint(60, new BigDecimal("0.813")),
        new RecoveryPoint(730, new BigDecimal("0.093"))));
    assertThat(curve.probability(-10)).isEqualByComparingTo("0.949");
    assertThat(curve.probability(0)).isEqualByComparingTo("0.949");
    assertThat(curve.probability(15)).isEqualByComparingTo("0.924");
    assertThat(curve.probability(45)).isEqualByComparingTo("0.856");
    assertThat(curve.probability(60)).isEqualByComparingTo("0.813");
    assertThat(curve.probability(2000)).isEqualByComparingTo("0.093");
  }
}
