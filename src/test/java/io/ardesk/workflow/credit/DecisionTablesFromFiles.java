package io.ardesk.workflow.credit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The shipped DMN files evaluated by a stand-alone DMN engine, without a process engine. */
final class DecisionTablesFromFiles implements DmnCreditPolicy.DecisionTables {

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final Map<String, DmnDecision> decisions = new HashMap<>();

  DecisionTablesFromFiles(String... files) {
    for (String file : files) {
      try (InputStream in = DecisionTablesFromFiles.class.getResourceAsStream("/processes/" + file)) {
        ENGINE.parseDecisions(in).forEach(d -> decisions.put(d.getKey(), d));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static DmnCreditPolicy creditPolicy() {
    return new DmnCreditPolicy(new DecisionTablesFromFiles("credit-grade.dmn", "credit-terms.dmn"));
  }

  @Override
  public Map<String, Object> singleResult(String decisionKey, Map<String, Object> inputs) {
    var result = ENGINE.evaluateDecisionTable(decisions.get(decisionKey), inputs);
    return result.getSingleResult().getEntryMap();
  }
}
