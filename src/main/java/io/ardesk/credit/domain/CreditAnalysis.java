package io.ardesk.credit.domain;

import io.ardesk.credit.CreditProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Computes grade, limit, warnings and recommendation from scores and figures (docs/domain.md §6):
 * recommended limit = working-asset limit × the grade's limit factor, 2 decimals half-up.
 */
public final class CreditAnalysis {

  private final CharacteristicModel characteristicModel;
  private final WorkingAssetModel workingAssetModel;
  private final WarningSigns warningSigns;
  private final CreditPolicy policy;

  public CreditAnalysis(CreditProperties properties, CreditPolicy policy) {
    this.characteristicModel = new CharacteristicModel(properties.groupWeights());
    this.workingAssetModel = new WorkingAssetModel(properties.ratioCap(), policy);
    this.warningSigns = new WarningSigns(properties.warnings());
    this.policy = policy;
  }

  public CreditComputation compute(CharacteristicScores scores, Financials financials, LocalDate today) {
    WorkingAssetResult workingAsset = workingAssetModel.evaluate(financials);
    BigDecimal score = characteristicModel.score(scores);
    CreditGrade grade = policy.grade(score);
    CreditTerms terms = policy.terms(grade);
    BigDecimal recommendedLimit =
        workingAsset.limit().multiply(terms.limitFactor()).setScale(2, RoundingMode.HALF_UP);
    return new CreditComputation(
        workingAsset, score, grade, terms, recommendedLimit, warningSigns.raisedBy(financials, today));
  }
}
