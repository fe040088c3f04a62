package io.ardesk.workflow.credit;

import static io.ardesk.workflow.credit.ReviewVariables.*;

import io.ardesk.credit.domain.CreditGrade;
import io.ardesk.credit.domain.FieldProblem;
import io.ardesk.credit.domain.InvalidCreditInputException;
import io.ardesk.credit.domain.SettlementMethod;
import io.ardesk.credit.review.CreditAssessments;
import io.ardesk.credit.review.CreditDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When credit completes its approval task: ACCEPT takes the recommendation, CHANGE the terms typed
 * in the form, REJECT needs only a reason. An unusable answer refuses the completion, so the task
 * stays open with the message. Sets {@code supervisorNeeded} for the gateway.
 */
@Component("creditDecisionListener")
public class CreditDecisionListener implements TaskListener {

  private final CreditAssessments assessments;

  public CreditDecisionListener(CreditAssessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public void notify(DelegateTask task) {
    long assessmentId = (Long) task.getVariable(ASSESSMENT_ID);
    String decision = (String) task.getVariable(DECISION);
    String reason = (String) task.getVariable(REASON);
    String actor = TaskActor.of(task);
    task.setVariable(DECIDED_BY, actor);
    task.setVariable(SUPERVISOR_NEEDED, false);
    if (REJECT.equals(decision)) {
      if (reason == null || reason.isBlank()) {
        throw new InvalidCreditInputException(List.of(new FieldProblem(REASON, "is required to reject")));
      }
      return;
    }
    CreditDecision terms;
    if (ACCEPT.equals(decision)) {
      var recommended = assessments.recommendation(assessmentId);
      terms = new CreditDecision(recommended.grade(), recommended.limit(), recommended.settlementMethod(),
          recommended.paymentTermsDays(), reason);
    } else if (CHANGE.equals(decision)) {
      terms = changedTerms(task, reason);
    } else {
      throw new InvalidCreditInputException(List.of(new FieldProblem(DECISION, "must be ACCEPT, CHANGE or REJECT")));
    }
    var assessment = assessments.decide(assessmentId, terms, actor);
    task.setVariable(SUPERVISOR_NEEDED, assessment.supervisorNeeded());
    task.setVariable("decidedLimitText", text(assessment.decidedLimit()));
  }

  private static CreditDecision changedTerms(DelegateTask task, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    CreditGrade grade = enumValue(CreditGrade.class, task.getVariable(DECIDED_GRADE), DECIDED_GRADE, problems);
    SettlementMethod method =
        enumValue(SettlementMethod.class, task.getVariable(SETTLEMENT_METHOD), SETTLEMENT_METHOD, problems);
    BigDecimal limit = number(task.getVariable(DECIDED_LIMIT), DECIDED_LIMIT, problems);
    BigDecimal days = number(task.getVariable(PAYMENT_TERMS_DAYS), PAYMENT_TERMS_DAYS, problems);
    InvalidCreditInputException.throwIfAny(problems);
    return new CreditDecision(grade, limit, method, days.intValue(), reason);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String field, List<FieldProblem> problems) {
    try {
      return Enum.valueOf(type, String.valueOf(value));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "is required"));
      return null;
    }
  }

  private static BigDecimal number(Object value, String field, List<FieldProblem> problems) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    problems.add(new FieldProblem(field, "is required"));
    return null;
  }
}
