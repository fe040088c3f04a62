package io.ardesk.credit.domain;

import io.ardesk.credit.CreditProperties.SupervisorApproval;
import java.math.BigDecimal;

/**
 * When credit's limit also needs a supervisor (docs/processes/customer-credit-review.md, step 4): more than
 * the recommendation plus the allowed share (default 20%), or more than the amount (default
 * 1,000,000 in the base currency, the limit converted into it). Exactly at either bound is within
 * credit's own authority.
 */
public final class SupervisorApprovalRule {

  private final SupervisorApproval thresholds;

  public SupervisorApprovalRule(SupervisorApproval thresholds) {
    this.thresholds = thresholds;
  }

  /** For a customer in the base currency. */
  public boolean needsSupervisor(BigDecimal limit, BigDecimal recommendedLimit) {
    return needsSupervisor(limit, recommendedLimit, limit);
  }

  /**
   * @param limit the limit and {@code recommendedLimit} in the customer's currency
   * @param limitInBase the limit in the base currency, compared with the amount
   */
  public boolean needsSupervisor(BigDecimal limit, BigDecimal recommendedLimit, BigDecimal limitInBase) {
    BigDecimal allowed = recommendedLimit.multiply(BigDecimal.ONE.add(thresholds.aboveRecommendation()));
    return limit.compareTo(allowed) > 0 || limitInBase.compareTo(thresholds.aboveAmount()) > 0;
  }
}
