package io.ardesk.credit.domain;

import io.ardesk.credit.CreditProperties.WarningThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the warning signs of docs/domain.md §6.4 in a customer's figures. Each sign is raised strictly
 * beyond its threshold, as worded ("&lt; 20%", "&gt; 25%", "younger than two years"): a ratio exactly
 * at the threshold raises nothing. Ratios are compared as products (a &gt; t × b), so a zero
 * denominator needs no special case.
 */
public final class WarningSigns {

  private final WarningThresholds thresholds;

  public WarningSigns(WarningThresholds thresholds) {
    this.thresholds = thresholds;
  }

  public List<WarningSign> raisedBy(Financials f, LocalDate today) {
    List<WarningSign> raised = new ArrayList<>();
    if (below(f.netWorth(), thresholds.minEquityToTotalAssets(), f.totalAssets())) {
      raised.add(WarningSign.THIN_EQUITY);
    }
    if (above(f.receivables(), thresholds.maxReceivablesToAnnualSales(), f.annualSales())) {
      raised.add(WarningSign.HIGH_RECEIVABLES);
    }
    if (above(f.fixedAssets(), thresholds.maxFixedAssetsToEquity(), f.netWorth())) {
      raised.add(WarningSign.LARGE_FIXED_ASSETS);
    }
    if (above(f.interestAndDiscountCosts(), thresholds.maxFinanceCostsToSales(), f.annualSales())) {
      raised.add(WarningSign.HIGH_FINANCE_COSTS);
    }
    if (f.foundingDate() != null && f.foundingDate().plus(thresholds.minCompanyAge()).isAfter(today)) {
      raised.add(WarningSign.YOUNG_COMPANY);
    }
    if (above(f.inventory(), thresholds.maxInventoryToCurrentAssets(), f.currentAssets())) {
      raised.add(WarningSign.LARGE_INVENTORY);
    }
    if (f.netWorth().signum() <= 0) {
      raised.add(WarningSign.NON_POSITIVE_NET_WORTH);
    }
    return List.copyOf(raised);
  }

  /** part / whole &gt; share, also when whole is zero or negative. */
  private static boolean above(BigDecimal part, BigDecimal share, BigDecimal whole) {
    return part.compareTo(share.multiply(whole.max(BigDecimal.ZERO))) > 0;
  }

  /** part / whole &lt; share. */
  private static boolean below(BigDecimal part, BigDecimal share, BigDecimal whole) {
    return part.compareTo(share.multiply(whole)) < 0;
  }
}
