package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The working-asset model (營運資產分析模型, docs/domain.md §6.2).
 *
 * <ul>
 *   <li>working capital = current assets − current liabilities; working assets = (working capital
 *       + net worth) / 2
 *   <li>liquidity A = current ratio + quick ratio; each ratio is capped (default 10), which is what
 *       it becomes when current liabilities are zero
 *   <li>capital structure B = current liabilities / net worth + total liabilities / net worth
 *   <li>EV = A − B (4 decimals); limit = working assets × pct(EV), never below zero
 * </ul>
 */
public final class WorkingAssetModel {

  private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;
  private static final int RATIO_SCALE = 4;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal ratioCap;
  private final CreditPolicy policy;

  public WorkingAssetModel(BigDecimal ratioCap, CreditPolicy policy) {
    this.ratioCap = ratioCap;
    this.policy = policy;
  }

  public WorkingAssetResult evaluate(Financials f) {
    BigDecimal workingCapital = f.currentAssets().subtract(f.currentLiabilities());
    BigDecimal workingAssets =
        workingCapital.add(f.netWorth()).divide(TWO, 2, RoundingMode.HALF_UP);
    BigDecimal currentRatio = ratio(f.currentAssets(), f.currentLiabilities());
    BigDecimal quickRatio = ratio(f.currentAssets().subtract(f.inventory()), f.currentLiabilities());
    BigDecimal liquidity = currentRatio.add(quickRatio);
    if (f.netWorth().signum() <= 0) {
      return new WorkingAssetResult(
          workingCapital, workingAssets, round(liquidity), null, null,
          BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), true);
    }
    BigDecimal capitalStructure =
        f.currentLiabilities().divide(f.netWorth(), EXACT_ENOUGH)
            .add(f.totalLiabilities().divide(f.netWorth(), EXACT_ENOUGH));
    BigDecimal evaluationValue = round(liquidity.subtract(capitalStructure));
    BigDecimal percent = policy.limitPercent(evaluationValue);
    BigDecimal limit =
        workingAssets.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP).max(BigDecimal.ZERO.setScale(2));
    return new WorkingAssetResult(
        workingCapital, workingAssets, round(liquidity), round(capitalStructure),
        evaluationValue, percent, limit, false);
  }

  /**
   * A ratio to current liabilities, at most the cap; with no current liabilities, the cap (so the
   * ratio grows continuously towards the zero case).
   */
  private BigDecimal ratio(BigDecimal amount, BigDecimal currentLiabilities) {
    if (currentLiabilities.signum() == 0) {
      return ratioCap;
    }
    return amount.divide(currentLiabilities, EXACT_ENOUGH).min(ratioCap);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(RATIO_SCALE, RoundingMode.HALF_UP);
  }
}
