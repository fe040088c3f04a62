package io.ardesk.credit.domain;

import java.math.BigDecimal;
import java.util.List;

/** What the two models and the policy say about one set of inputs (docs/domain.md §6.1–6.4). */
public record CreditComputation(
    WorkingAssetResult workingAsset,
    BigDecimal score,
    CreditGrade grade,
    CreditTerms terms,
    BigDecimal recommendedLimit,
    List<WarningSign> warnings) {

  public CreditComputation {
    warnings = List.copyOf(warnings);
  }
}
