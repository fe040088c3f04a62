package io.ardesk.credit.domain;

/** Signs in the balance sheet that force a human review (以下幾種情況應密切注意, docs/domain.md §6.4). */
public enum WarningSign {
  /** Equity / total assets below the minimum (default 20%). */
  THIN_EQUITY,
  /** Receivables / annual sales above the maximum (default 25%). */
  HIGH_RECEIVABLES,
  /** Fixed assets / equity above the maximum (default 100%). */
  LARGE_FIXED_ASSETS,
  /** Interest and discount costs / sales above the maximum (default 5%). */
  HIGH_FINANCE_COSTS,
  /** Founded less than the minimum age ago (default two years). */
  YOUNG_COMPANY,
  /** Inventory / current assets above the maximum (default 50%). */
  LARGE_INVENTORY,
  /** Net worth zero or less: the working-asset model gives no limit. */
  NON_POSITIVE_NET_WORTH
}
