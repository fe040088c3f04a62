package io.ardesk.workflow.collections;

import io.ardesk.collections.EscalationLadder;
import io.ardesk.collections.Stage;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The escalation ladder as the business tunes it: the DMN table {@code escalation-stage}. */
@Component
class DmnEscalationLadder implements EscalationLadder {

  private final DecisionService decisions;

  DmnEscalationLadder(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public Rung rungFor(int daysPastDue) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("escalation-stage",
        Map.of("daysPastDue", daysPastDue)).getSingleResult();
    Object next = result.getEntryMap().get("nextStageAtDays");
    return new Rung(Stage.valueOf(result.getEntry("stage")), next == null ? null : ((Number) next).intValue());
  }
}
