package io.ardesk.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the credit decision on an order looks at (docs/domain.md §7). Exposure = open receivables (less
 * unapplied credit) + approved orders not yet invoiced; available credit = limit − exposure.
 *
 * @param oldestDaysPastDue of the oldest undisputed overdue item, 0 when nothing is overdue
 * @param warningSigns the customer's open warning signs (credit §6.4)
 */
public record CreditFacts(
    String customerStatus,
    String settlementMethod,
    int oldestDaysPastDue,
    BigDecimal openReceivables,
    BigDecimal approvedNotInvoiced,
    BigDecimal orderAmount,
    BigDecimal creditLimit,
    List<String> warningSigns) {

  public BigDecimal exposure() {
    return openReceivables.add(approvedNotInvoiced);
  }

  public BigDecimal exposureAfterOrder() {
    return exposure().add(orderAmount);
  }

  public BigDecimal availableCredit() {
    return creditLimit.subtract(exposure());
  }
}
