package io.ardesk.workflow.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.credit.ShippedCreditProperties;
import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.domain.CharacteristicScores;
import io.ardesk.credit.domain.CreditAnalysis;
import io.ardesk.credit.domain.CreditGrade;
import io.ardesk.credit.domain.Financials;
import io.ardesk.credit.domain.SettlementMethod;
import io.ardesk.credit.domain.WarningSign;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The models of docs/domain.md §6 with the shipped configuration and decision tables. */
class CreditAnalysisTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private final CreditAnalysis analysis =
      new CreditAnalysis(ShippedCreditProperties.load(), DecisionTablesFromFiles.creditPolicy());

  @ParameterizedTest(name = "{0}/{1}/{2}/{3}/{4} -> working assets {5}, EV {6}, {7}%, limit {8}")
  @CsvSource({
    "2000, 1000, 800, 2500, 1500, 1750.00,  2.200, 25,   437.50",
    "1500, 1200, 700, 1000, 1800,  650.00, -1.083, 15,    97.50",
    " 900, 1000, 500,  300, 1400,  100.00, -6.700,  0,     0.00"
  })
  void testVectorsOfTheWorkingAssetModel(
      String currentAssets, String currentLiabilities, String inventory, String netWorth,
      String totalLiabilities, String workingAssets, String evaluationValue, String percent,
      String limit) {
    var result =
        analysis.compute(
                scoresAll(10),
                figures(currentAssets, currentLiabilities, inventory, netWorth, totalLiabilities),
                TODAY)
            .workingAsset();

    assertThat(result.workingAssets()).isEqualByComparingTo(workingAssets);
    assertThat(result.evaluationValue().setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo(evaluationValue);
    assertThat(result.limitPercent()).isEqualByComparingTo(percent);
    assertThat(result.limit()).isEqualTo(new BigDecimal(limit));
  }

  @Test
  void recommendationIsTheWorkingAssetLimitTimesTheGradeFactor() {
    var computation = analysis.compute(scoresAll(7), figures("2000", "1000", "800", "2500", "1500"), TODAY);

    assertThat(computation.score()).isEqualByComparingTo("70");
    assertThat(computation.grade()).isEqualTo(CreditGrade.B);
    assertThat(computation.recommendedLimit()).isEqualTo(new BigDecimal("328.13"));
    assertThat(computation.terms().reviewIntervalMonths()).isEqualTo(12);
    assertThat(computation.warnings()).isEmpty();
  }

  @Test
  void gradeEIsOfferedPrepaymentOrCashOnlyAndNoLimit() {
    var computation = analysis.compute(scoresAll(3), figures("2000", "1000", "800", "2500", "1500"), TODAY);

    assertThat(computation.grade()).isEqualTo(CreditGrade.E);
    assertThat(computation.recommendedLimit()).isEqualTo(new BigDecimal("0.00"));
    assertThat(computation.terms().settlementMethods())
        .containsExactlyInAnyOrder(SettlementMethod.PREPAYMENT, SettlementMethod.CASH);
    assertThat(computation.terms().reviewIntervalMonths()).isEqualTo(3);
  }

  @Test
  void nonPositiveNetWorthGivesNoLimitAndAWarning() {
    var computation = analysis.compute(scoresAll(10), figures("2000", "1000", "800", "0", "1500"), TODAY);

    assertThat(computation.workingAsset().limitPercent()).isZero();
    assertThat(computation.workingAsset().limit()).isEqualTo(new BigDecimal("0.00"));
    assertThat(computation.workingAsset().evaluationValue()).isNull();
    assertThat(computation.warnings()).contains(WarningSign.NON_POSITIVE_NET_WORTH);
  }

  static CharacteristicScores scoresAll(int score) {
    return new CharacteristicScores(
        Arrays.stream(CharacteristicItem.values()).collect(Collectors.toMap(i -> i, i -> score)));
  }

  /** The five figures of the working-asset model; the rest chosen to raise no warning sign. */
  static Financials figures(
      String currentAssets, String currentLiabilities, String inventory, String netWorth, String totalLiabilities) {
    var netWorthAmount = new BigDecimal(netWorth);
    return new Financials(
        new BigDecimal(currentAssets), new BigDecimal(currentLiabilities), new BigDecimal(inventory),
        netWorthAmount, new BigDecimal(totalLiabilities), netWorthAmount.add(new BigDecimal(totalLiabilities)),
        BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100000"), BigDecimal.ZERO, null);
  }
}
