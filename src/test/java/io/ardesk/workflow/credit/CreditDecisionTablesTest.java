package io.ardesk.workflow.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.credit.domain.CreditGrade;
import io.ardesk.credit.domain.CreditPolicy;
import io.ardesk.credit.domain.SettlementMethod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DMN tables credit-grade, credit-limit-percent and credit-terms as shipped (docs/domain.md §6). */
class CreditDecisionTablesTest {

  private final CreditPolicy policy = DecisionTablesFromFiles.creditPolicy();

  @ParameterizedTest(name = "score {0} -> {1}")
  @CsvSource({
    "0, E", "30, E", "30.99, E", "31, D", "45, D", "45.99, D", "46, C", "60, C", "60.99, C",
    "61, B", "85, B", "85.99, B", "86, A", "100, A"
  })
  void gradeCutOffs(String score, CreditGrade grade) {
    assertThat(policy.grade(new BigDecimal(score))).isEqualTo(grade);
  }

  @ParameterizedTest(name = "EV {0} -> {1}%")
  @CsvSource({
    "-10, 0", "-4.6, 0", "-4.59, 2.5", "-3.9, 2.5", "-3.89, 5", "-3.2, 5", "-2.5, 7.5",
    "-1.8, 10", "-1.1, 12.5", "-1.0833, 15", "-0.4, 15", "0.3, 17.5", "0.31, 20", "0.95, 20",
    "0.9999, 20", "1.0, 25", "2.2, 25"
  })
  void limitPercentByEvaluationValue(String evaluationValue, String percent) {
    assertThat(policy.limitPercent(new BigDecimal(evaluationValue)))
        .isEqualByComparingTo(percent);
  }

  @ParameterizedTest(name = "grade {0}: factor {1}, review every {2} months")
  @CsvSource({"A, 1.00, 12", "B, 0.75, 12", "C, 0.50, 6", "D, 0.25, 3", "E, 0, 3"})
  void termsByGrade(CreditGrade grade, String factor, int months) {
    var terms = policy.terms(grade);
    assertThat(terms.limitFactor()).isEqualByComparingTo(factor);
    assertThat(terms.reviewIntervalMonths()).isEqualTo(months);
  }

  @ParameterizedTest(name = "{0} days late on average -> payment record {1}")
  @CsvSource({"0, 10", "0.01, 9", "7, 9", "7.5, 8", "15, 8", "29.3, 6", "30, 6", "60, 4", "90, 2", "90.01, 0", "400, 0"})
  void paymentRecordScoreFromAverageDaysLate(String averageDaysLate, int score) {
    assertThat(policy.paymentRecordScore(new BigDecimal(averageDaysLate))).isEqualTo(score);
  }

  @Test
  void onlyGradeEIsRefusedCredit() {
    assertThat(policy.terms(CreditGrade.E).settlementMethods())
        .containsExactlyInAnyOrder(SettlementMethod.PREPAYMENT, SettlementMethod.CASH);
    for (CreditGrade grade : new CreditGrade[] {CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D}) {
      assertThat(policy.terms(grade).allows(SettlementMethod.CREDIT)).as("grade %s", grade).isTrue();
    }
  }
}
