package io.ardesk.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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

/** The DMN table escalation-stage at every boundary of docs/domain.md §9. */
class EscalationStageTableTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("processes", "escalation-stage.dmn"))) {
      decision = engine.parseDecision("escalation-stage", table);
    }
  }

  @ParameterizedTest(name = "{0} days past due → {1}, next stage at {2}")
  @CsvSource({
      "0, REMINDER, 15", "14, REMINDER, 15",
      "15, LETTER_1, 30", "29, LETTER_1, 30",
      "30, LETTER_2, 60", "59, LETTER_2, 60",
      "60, LETTER_3, 90", "89, LETTER_3, 90",
      "90, LETTER_4, 91",
      "91, AGENCY, 181", "180, AGENCY, 181",
      "181, LITIGATION, ", "2000, LITIGATION, "})
  void stageByDaysPastDue(int daysPastDue, String stage, Integer nextStageAtDays) {
    DmnDecisionRuleResult result =
        engine.evaluateDecisionTable(decision, Map.of("daysPastDue", daysPastDue)).getSingleResult();
    assertThat((String) result.getEntry("stage")).isEqualTo(stage);
    assertThat(Stage.valueOf(stage)).isNotNull();
    Object next = result.getEntryMap().get("nextStageAtDays");
    assertThat(next == null ? null : ((Number) next).intValue()).isEqualTo(nextStageAtDays);
  }
}
