package io.ardesk.workflow.credit;

import static io.ardesk.workflow.credit.ReviewVariables.*;

import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.domain.CreditInputs;
import io.ardesk.credit.review.CreditAssessments;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes score, limit, warning signs and recommendation from the scores and figures the forms
 * gave, keeps the assessment, and lays the computation out for the credit approval form,
 * with the recommendation as the proposed decision.
 */
@Component("assessCredit")
public class AssessCreditDelegate implements JavaDelegate {

  private static final Set<String> ITEM_CODES =
      Arrays.stream(CharacteristicItem.values()).map(Enum::name).collect(Collectors.toSet());

  private final CreditAssessments assessments;
  private final CreditReviewProcess process;

  public AssessCreditDelegate(CreditAssessments assessments, CreditReviewProcess process) {
    this.assessments = assessments;
    this.process = process;
  }

  /** The users who completed the profile and figures tasks of this review, in that order. */
  private static String whoGaveTheInputs(DelegateExecution execution) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn("Task_EnterProfile", "Task_EnterFigures")
        .finished()
        .orderByHistoricTaskInstanceEndTime().asc()
        .list().stream()
        .map(task -> task.getAssignee() == null ? "unknown" : task.getAssignee())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerNo = (String) execution.getVariable(CUSTOMER_NO);
    long reviewId = (Long) execution.getVariable(REVIEW_ID);
    var inputs =
        CreditInputs.read(
            execution::getVariable, ITEM_CODES, "", execution::getVariable, execution.getVariable(FOUNDING_DATE), "", FOUNDING_DATE);
    var assessment = assessments.assess(customerNo, reviewId, inputs, whoGaveTheInputs(execution));
    var recommendation = assessments.recommendation(assessment.id());

    execution.setVariable(ASSESSMENT_ID, assessment.id());
    execution.setVariable("score", assessment.score().toPlainString());
    execution.setVariable("grade", assessment.grade().name());
    execution.setVariable("evaluationValue", assessment.evaluationValue() == null ? "none (net worth zero or less)" : assessment.evaluationValue().toPlainString());
    execution.setVariable("limitPercent", assessment.limitPercent().toPlainString() + " %");
    execution.setVariable("workingAssets", text(assessment.workingAssets()));
    execution.setVariable("workingAssetLimit", text(assessment.workingAssetLimit()));
    execution.setVariable("recommendedLimit", text(assessment.recommendedLimit()));
    execution.setVariable(
        "allowedSettlementMethods",
        assessment.allowedSettlementMethods().stream().map(Enum::name).collect(Collectors.joining(", ")));
    execution.setVariable("reviewIntervalMonths", assessment.reviewIntervalMonths());
    execution.setVariable(
        "warnings",
        assessment.warnings().isEmpty() ? "none" : assessment.warnings().stream().map(Enum::name).collect(Collectors.joining(", ")));
    execution.setVariable(RISK_SIGNALS, process.signalsOf(reviewId));
    execution.setVariable(DECIDED_GRADE, recommendation.grade().name());
    execution.setVariable(DECIDED_LIMIT, forForm(recommendation.limit()));
    execution.setVariable(SETTLEMENT_METHOD, recommendation.settlementMethod().name());
    execution.setVariable(PAYMENT_TERMS_DAYS, recommendation.paymentTermsDays());
    execution.setVariable(DECISION, null);
    execution.setVariable(REASON, null);
  }
}
