package io.ardesk.credit.domain;

import io.ardesk.credit.CreditProperties.SupervisorApproval;
import java.math.BigDecimal;

/**
 * When credit's limit also needs a supervisor (PROCESSES, customer-credit-review step 4): more than
 * the recommendation plus the allowed share (default 20%), or more than the amount (default
 * 1,000,000). Exactly at either bound is within credit's own authority.
 */
public final class SupervisorApprovalRule {

  private final SupervisorApproval thresholds;

  public SupervisorApprovalRule(SupervisorApproval thresholds) {
    this.thresholds = thresholds;
  }

  public boolean needsSupervisor(BigDecimal limit, BigDecimal recommendedLimit) {
    BigDecimal allowed = recommendedLimit.multiply(BigDecimal.ONE.add(thresholds.aboveRecommendation()));
    return limit.compareTo(allowed) > 0 || limit.compareTo(thresholds.aboveAmount()) > 0;
  }
}
