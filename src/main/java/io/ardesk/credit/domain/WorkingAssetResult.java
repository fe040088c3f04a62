package io.ardesk.credit.domain;

import java.math.BigDecimal;

/**
 * The working-asset model's result (docs/domain.md §6.2). The evaluation value is null when net worth is
 * zero or less: then the percentage and the limit are zero and {@code nonPositiveNetWorth} is set.
 */
public record WorkingAssetResult(
    BigDecimal workingCapital,
    BigDecimal workingAssets,
    BigDecimal liquidity,
    BigDecimal capitalStructure,
    BigDecimal evaluationValue,
    BigDecimal limitPercent,
    BigDecimal limit,
    boolean nonPositiveNetWorth) {}
