package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The characteristic model (docs/domain.md §6.1): score = Σ item score × item weight / 10, where a group's
 * weight is split evenly among its items; 0–100, 2 decimals.
 */
public final class CharacteristicModel {

  private static final BigDecimal TEN = BigDecimal.TEN;

  private final Map<CharacteristicGroup, BigDecimal> groupWeights;

  public CharacteristicModel(Map<CharacteristicGroup, BigDecimal> groupWeights) {
    this.groupWeights = Map.copyOf(groupWeights);
  }

  public BigDecimal score(CharacteristicScores scores) {
    BigDecimal total = BigDecimal.ZERO;
    for (CharacteristicGroup group : CharacteristicGroup.values()) {
      var items = CharacteristicItem.of(group);
      BigDecimal sum = BigDecimal.valueOf(items.stream().mapToInt(scores::score).sum());
      BigDecimal maximum = TEN.multiply(BigDecimal.valueOf(items.size()));
      total = total.add(groupWeights.get(group).multiply(sum).divide(maximum, MathContext.DECIMAL64));
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }
}
