package io.ardesk.credit;

import io.ardesk.credit.domain.CharacteristicGroup;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tunable numbers of docs/domain.md §6 that are not in the DMN tables {@code credit-grade} and
 * {@code credit-terms}: group weights, ratio cap, warning-sign thresholds, when a supervisor must
 * approve, and how long balance-sheet figures stay recent. Defaults in {@code application.yaml}.
 */
@ConfigurationProperties("ardesk.credit")
public record CreditProperties(
    Map<CharacteristicGroup, BigDecimal> groupWeights,
    BigDecimal ratioCap,
    WarningThresholds warnings,
    SupervisorApproval supervisorApproval,
    Period figuresValidFor) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public CreditProperties {
    groupWeights = new EnumMap<>(groupWeights);
    for (CharacteristicGroup group : CharacteristicGroup.values()) {
      if (!groupWeights.containsKey(group)) {
        throw new IllegalArgumentException("ardesk.credit.group-weights has no weight for " + group);
      }
    }
    BigDecimal total = groupWeights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException("ardesk.credit.group-weights must add up to 100, not " + total);
    }
  }

  /**
   * Thresholds of the warning signs (docs/domain.md §6.4), as fractions: 0.20 means 20%. A sign is raised
   * strictly beyond its threshold, as the deck words them ("&lt; 20%", "&gt; 25%", ...).
   */
  public record WarningThresholds(
      BigDecimal minEquityToTotalAssets,
      BigDecimal maxReceivablesToAnnualSales,
      BigDecimal maxFixedAssetsToEquity,
      BigDecimal maxFinanceCostsToSales,
      Period minCompanyAge,
      BigDecimal maxInventoryToCurrentAssets) {}

  /**
   * A limit needs a supervisor when it exceeds the recommendation by more than {@code
   * aboveRecommendation} (0.20 = 20%) or exceeds {@code aboveAmount}.
   */
  public record SupervisorApproval(BigDecimal aboveRecommendation, BigDecimal aboveAmount) {}
}
