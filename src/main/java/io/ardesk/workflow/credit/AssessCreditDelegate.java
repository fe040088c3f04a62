package io.ardesk.workflow.credit;

import static io.ardesk.workflow.credit.ReviewVariables.*;

import io.ardesk.credit.domain.CharacteristicGroup;
import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.domain.CreditInputs;
import io.ardesk.credit.review.CreditAssessment;
import io.ardesk.credit.review.CreditAssessments;
import io.ardesk.language.TeamLanguage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes score, limit, warning signs and recommendation from the scores and figures the forms
 * gave (figures reused from a recent assessment are read from the database, not from variables), keeps the assessment, and lays the computation out for the credit approval form,
 * with the recommendation as the proposed decision.
 */
@Component("assessCredit")
public class AssessCreditDelegate implements JavaDelegate {

  private static final Set<String> ITEM_CODES =
      Arrays.stream(CharacteristicItem.values()).map(Enum::name).collect(Collectors.toSet());
  private static final Set<String> FINANCIAL_CODES =
      CharacteristicItem.of(CharacteristicGroup.FINANCIAL).stream().map(Enum::name).collect(Collectors.toSet());

  private final CreditAssessments assessments;
  private final CreditReviewProcess process;

  private final TeamLanguage language;

  public AssessCreditDelegate(CreditAssessments assessments, CreditReviewProcess process, TeamLanguage language) {
    this.language = language;
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

  /** Who completed a task of this review (its assignee), if it was completed by someone. */
  private static String completedBy(DelegateExecution execution, String taskKey) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).finished()
        .orderByHistoricTaskInstanceEndTime().desc().list().stream()
        .map(task -> task.getAssignee()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /** Whether finance entered the figures in this review (else they come from a recent assessment on file). */
  private static boolean figuresEntered(DelegateExecution execution) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_EnterFigures").finished()
        .count() > 0;
  }

  /**
   * The figures and financial scores finance entered in this review; or, where the figures step was
   * skipped, those of the recent assessment on file, read from the database: the profile scores are
   * the only other input, and nobody but finance sets the figures.
   */
  private Function<String, Object> figures(DelegateExecution execution, String customerNo, Object[] foundingDate) {
    foundingDate[0] = execution.getVariable(FOUNDING_DATE);
    if (figuresEntered(execution)) {
      return execution::getVariable;
    }
    CreditAssessment recent = assessments.withRecentFigures(customerNo).orElseThrow(() -> new IllegalStateException(
        "credit review of " + customerNo + " skipped the figures step, but no recent figures are on file"));
    Map<String, Object> onFile = new HashMap<>();
    recent.financials().byName().forEach((name, amount) -> onFile.put(name, amount.doubleValue()));
    for (CharacteristicItem item : CharacteristicItem.of(CharacteristicGroup.FINANCIAL)) {
      onFile.put(item.name(), recent.characteristicScores().score(item));
    }
    foundingDate[0] = recent.financials().foundingDate() == null ? null : recent.financials().foundingDate().toString();
    return name -> onFile.containsKey(name) ? onFile.get(name) : execution.getVariable(name);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerNo = execution.getProcessBusinessKey();
    long reviewId = (Long) execution.getVariable(REVIEW_ID);
    Object[] foundingDate = new Object[1];
    Function<String, Object> figures = figures(execution, customerNo, foundingDate);
    Function<String, Object> scores = name -> FINANCIAL_CODES.contains(name) ? figures.apply(name)
        : execution.getVariable(name);
    var inputs = CreditInputs.read(scores, ITEM_CODES, "", figures, foundingDate[0], "", FOUNDING_DATE);
    // who gave the profile and the figures (those on file: whoever entered them), so neither decides on them
    String figuresBy = figuresEntered(execution) ? completedBy(execution, "Task_EnterFigures")
        : assessments.withRecentFigures(customerNo).map(CreditAssessment::figuresBy).orElse(null);
    var assessment = assessments.assess(customerNo, reviewId, inputs, whoGaveTheInputs(execution),
        completedBy(execution, "Task_EnterProfile"), figuresBy);
    var recommendation = assessments.recommendation(assessment.id());

    execution.setVariable(ASSESSMENT_ID, assessment.id());
    execution.setVariable("score", assessment.score().toPlainString());
    execution.setVariable("grade", assessment.grade().name());
    execution.setVariable("evaluationValue", assessment.evaluationValue() == null ? language.text("creditReview.noEvaluationValue") : assessment.evaluationValue().toPlainString());
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
        assessment.warnings().isEmpty() ? language.text("creditReview.noWarnings") : assessment.warnings().stream().map(Enum::name).collect(Collectors.joining(", ")));
    execution.setVariable(RISK_SIGNALS, process.signalsOf(reviewId));
    execution.setVariable(DECIDED_GRADE, recommendation.grade().name());
    execution.setVariable(DECIDED_LIMIT, forForm(recommendation.limit()));
    execution.setVariable(SETTLEMENT_METHOD, recommendation.settlementMethod().name());
    execution.setVariable(PAYMENT_TERMS_DAYS, recommendation.paymentTermsDays());
    execution.setVariable(DECISION, null);
    execution.setVariable(REASON, null);
  }
}
