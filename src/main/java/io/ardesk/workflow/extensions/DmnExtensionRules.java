package io.ardesk.workflow.extensions;

import io.ardesk.collections.extensions.ExtensionDecision;
import io.ardesk.collections.extensions.ExtensionOutcome;
import io.ardesk.collections.extensions.ExtensionRules;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The rules of extensions as the business tunes them: DMN tables {@code extension-decision} and {@code extension-outcome}. */
@Component
class DmnExtensionRules implements ExtensionRules {

  static final String DECISION = "extension-decision";
  static final String OUTCOME = "extension-outcome";

  private final DecisionService decisions;

  DmnExtensionRules(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public Decision decide(DecisionInputs inputs) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION, decisionVariables(inputs))
        .getSingleResult();
    return new Decision(ExtensionDecision.valueOf(result.getEntry("decision")), result.getEntry("reason"));
  }

  @Override
  public OutcomeRule outcome(BigDecimal paidShare) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(OUTCOME,
        Map.of("paidShare", paidShare.doubleValue())).getSingleResult();
    return new OutcomeRule(ExtensionOutcome.valueOf(result.getEntry("outcome")),
        Boolean.TRUE.equals(result.getEntry("chargePenalty")), Boolean.TRUE.equals(result.getEntry("chargeInterest")));
  }

  static Map<String, Object> decisionVariables(DecisionInputs inputs) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("creditCheck", inputs.creditCheck().name());
    variables.put("extendedAmount", inputs.extendedAmount().doubleValue());
    variables.put("supervisorThreshold", inputs.supervisorThreshold().doubleValue());
    variables.put("extensionDays", inputs.extensionDays());
    variables.put("grade", inputs.grade() == null ? "" : inputs.grade());
    return variables;
  }
}
