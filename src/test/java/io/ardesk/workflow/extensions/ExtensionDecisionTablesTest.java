package io.ardesk.workflow.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.extensions.CreditCheck;
import io.ardesk.collections.extensions.ExtensionRules.DecisionInputs;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DMN tables extension-decision and extension-outcome at their boundaries (docs/domain.md §8). */
class ExtensionDecisionTablesTest {

  static DmnEngine engine;
  static DmnDecision decision;
  static DmnDecision outcome;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("processes", "extension-decision.dmn"))) {
      decision = engine.parseDecision("extension-decision", table);
    }
    try (InputStream table = Files.newInputStream(Path.of("processes", "extension-outcome.dmn"))) {
      outcome = engine.parseDecision("extension-outcome", table);
    }
  }

  @ParameterizedTest(name = "{0}, {1}, {2} days, grade {3} → {4}")
  @CsvSource({
      "BAD,  5000.00,    60, A, REFUSE",
      "BAD,  500000.00,  60, A, REFUSE",
      "GOOD, 10000.00,   60, B, GRANT",
      "GOOD, 100000.00,  60, B, GRANT",
      "GOOD, 100000.01,  60, B, SUPERVISOR",
      "GOOD, 10000.00,   90, B, GRANT",
      "GOOD, 10000.00,   91, B, SUPERVISOR",
      "GOOD, 10000.00,   60, C, GRANT",
      "GOOD, 10000.00,   60, D, SUPERVISOR",
      "GOOD, 10000.00,   60, E, SUPERVISOR",
      "GOOD, 10000.00,   60,  , GRANT"})
  void refuseGrantOrAskASupervisor(CreditCheck check, BigDecimal amount, int days, String grade, String expected) {
    Map<String, Object> inputs = DmnExtensionRules.decisionVariables(
        new DecisionInputs(check, amount, new BigDecimal("100000"), days, grade));
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, inputs).getSingleResult();
    assertThat((String) result.getEntry("decision")).isEqualTo(expected);
    assertThat((String) result.getEntry("reason")).isNotBlank();
  }

  @ParameterizedTest(name = "share paid {0} → {1}, penalty {2}, interest {3}")
  @CsvSource({
      "1.0,        PAID_IN_FULL,         false, false",
      "0.999999,   INTEREST,             false, true",
      "0.6,        INTEREST,             false, true",
      "0.5,        INTEREST,             false, true",
      "0.4999999,  PENALTY_AND_INTEREST, true,  true",
      "0.3,        PENALTY_AND_INTEREST, true,  true",
      "0.000001,   PENALTY_AND_INTEREST, true,  true",
      "0.0,        NOTHING_PAID,         true,  true"})
  void outcomeByTheSharePaid(double share, String expected, boolean penalty, boolean interest) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(outcome, Map.of("paidShare", share)).getSingleResult();
    assertThat((String) result.getEntry("outcome")).isEqualTo(expected);
    assertThat((Boolean) result.getEntry("chargePenalty")).isEqualTo(penalty);
    assertThat((Boolean) result.getEntry("chargeInterest")).isEqualTo(interest);
  }
}
