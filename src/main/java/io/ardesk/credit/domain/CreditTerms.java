package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a grade allows (docs/domain.md §6.3): the share of the working-asset limit recommended, the
 * settlement methods allowed and the months until the next review.
 */
public record CreditTerms(
    BigDecimal limitFactor, List<SettlementMethod> settlementMethods, int reviewIntervalMonths) {

  public CreditTerms {
    settlementMethods = List.copyOf(settlementMethods);
  }

  public boolean allows(SettlementMethod method) {
    return settlementMethods.contains(method);
  }
}
