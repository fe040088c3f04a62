package io.ardesk.workflow.credit;

import io.ardesk.credit.domain.CreditGrade;
import io.ardesk.credit.domain.CreditPolicy;
import io.ardesk.credit.domain.CreditTerms;
import io.ardesk.credit.domain.SettlementMethod;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The credit policy as the decision tables {@code credit-grade}, {@code credit-limit-percent},
 * {@code credit-payment-record-score} (all in {@code processes/credit-grade.dmn}) and {@code
 * credit-terms} say it, evaluated in the latest deployed version.
 */
@Component
public class DmnCreditPolicy implements CreditPolicy {

  static final String GRADE = "credit-grade";
  static final String LIMIT_PERCENT = "credit-limit-percent";
  static final String TERMS = "credit-terms";
  static final String PAYMENT_RECORD_SCORE = "credit-payment-record-score";

  /** Evaluates a decision table with one matching rule and returns that rule's outputs. */
  @FunctionalInterface
  public interface DecisionTables {
    Map<String, Object> singleResult(String decisionKey, Map<String, Object> inputs);
  }

  private final DecisionTables tables;

  @Autowired
  public DmnCreditPolicy(DecisionService decisionService) {
    this(
        (key, inputs) ->
            decisionService
                .evaluateDecisionTableByKey(key)
                .variables(inputs)
                .evaluate()
                .getSingleResult()
                .getEntryMap());
  }

  public DmnCreditPolicy(DecisionTables tables) {
    this.tables = tables;
  }

  @Override
  public CreditGrade grade(BigDecimal score) {
    Object grade = tables.singleResult(GRADE, Map.of("score", score.doubleValue())).get("grade");
    return CreditGrade.valueOf((String) grade);
  }

  @Override
  public BigDecimal limitPercent(BigDecimal evaluationValue) {
    var result = tables.singleResult(LIMIT_PERCENT, Map.of("evaluationValue", evaluationValue.doubleValue()));
    return decimal(result.get("limitPercent"));
  }

  @Override
  public CreditTerms terms(CreditGrade grade) {
    Map<String, Object> result = tables.singleResult(TERMS, Map.of("grade", grade.name()));
    var methods =
        Arrays.stream(((String) result.get("settlementMethods")).split(","))
            .map(String::trim)
            .map(SettlementMethod::valueOf)
            .toList();
    return new CreditTerms(
        decimal(result.get("limitFactor")), methods, ((Number) result.get("reviewIntervalMonths")).intValue());
  }

  @Override
  public int paymentRecordScore(BigDecimal averageDaysLate) {
    var result = tables.singleResult(PAYMENT_RECORD_SCORE, Map.of("averageDaysLate", averageDaysLate.doubleValue()));
    return ((Number) result.get("score")).intValue();
  }

  private static BigDecimal decimal(Object number) {
    return BigDecimal.valueOf(((Number) number).doubleValue());
  }
}
