package io.ardesk.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The working-asset model's edge cases; the §6.2 test vectors run with the real tables in CreditAnalysisTest. */
class WorkingAssetModelTest {

  /** A policy that reports the EV it was asked about and grants 10%. */
  private final List<BigDecimal> asked = new ArrayList<>();

  private final CreditPolicy tenPercent =
      new CreditPolicy() {
        @Override
        public CreditGrade grade(BigDecimal score) {
          throw new UnsupportedOperationException();
        }

        @Override
        public BigDecimal limitPercent(BigDecimal evaluationValue) {
          asked.add(evaluationValue);
          return BigDecimal.TEN;
        }

        @Override
        public CreditTerms terms(CreditGrade grade) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int paymentRecordScore(BigDecimal averageDaysLate) {
          throw new UnsupportedOperationException();
        }
      };

  private final WorkingAssetModel model = new WorkingAssetModel(BigDecimal.TEN, tenPercent);

  @Test
  void zeroCurrentLiabilitiesCapBothRatiosAtTen() {
    var result = model.evaluate(figures("500", "0", "100", "1000", "0"));

    assertThat(result.liquidity()).isEqualByComparingTo("20");
    assertThat(result.capitalStructure()).isEqualByComparingTo("0");
    assertThat(result.evaluationValue()).isEqualByComparingTo("20");
    assertThat(result.workingAssets()).isEqualByComparingTo("750.00");
    assertThat(result.limit()).isEqualTo(new BigDecimal("75.00"));
  }

  @Test
  void tinyCurrentLiabilitiesAreCappedLikeNone() {
    var result = model.evaluate(figures("500", "1", "100", "1000", "1"));

    assertThat(result.liquidity()).isEqualByComparingTo("20");
  }

  @Test
  void nonPositiveNetWorthGivesNoPercentageAndAFlagWithoutAskingThePolicy() {
    var result = model.evaluate(figures("900", "1000", "500", "-50", "1400"));

    assertThat(result.nonPositiveNetWorth()).isTrue();
    assertThat(result.limitPercent()).isZero();
    assertThat(result.limit()).isEqualTo(new BigDecimal("0.00"));
    assertThat(result.evaluationValue()).isNull();
    assertThat(asked).isEmpty();
  }

  @Test
  void negativeWorkingAssetsGiveNoNegativeLimit() {
    var result = model.evaluate(figures("100", "2000", "0", "500", "2000"));

    assertThat(result.workingAssets()).isEqualByComparingTo("-700.00");
    assertThat(result.limit()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void figuresAreMoneyAndOnlyNetWorthMayBeNegative() {
    Map<String, Object> raw = new HashMap<>();
    Financials.FIGURES.forEach(name -> raw.put(name, 100));
    raw.put("netWorth", -12.345);
    raw.put("inventory", -1);
    raw.remove("receivables");
    List<FieldProblem> problems = new ArrayList<>();

    assertThat(Financials.read(raw::get, "2026-02-30", "financials.", "foundingDate", problems)).isNull();
    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("financials.inventory", "financials.receivables", "foundingDate");

    raw.put("inventory", 0);
    raw.put("receivables", 5);
    problems.clear();
    var f = Financials.read(raw::get, "2020-02-29", "", "foundingDate", problems);
    assertThat(f.netWorth()).isEqualTo(new BigDecimal("-12.35"));
    assertThat(f.foundingDate()).hasToString("2020-02-29");
  }

  @Test
  void anAssessmentWithProblemsNamesThemAll() {
    assertThatThrownBy(() -> InvalidCreditInputException.throwIfAny(List.of(new FieldProblem("a", "is required"))))
        .isInstanceOf(InvalidCreditInputException.class)
        .hasMessage("a: is required");
  }

  private static Financials figures(
      String currentAssets, String currentLiabilities, String inventory, String netWorth, String totalLiabilities) {
    BigDecimal zero = BigDecimal.ZERO;
    return new Financials(
        new BigDecimal(currentAssets), new BigDecimal(currentLiabilities), new BigDecimal(inventory),
        new BigDecimal(netWorth), new BigDecimal(totalLiabilities), zero, zero, zero, zero, zero, null);
  }
}
