package io.ardesk.workflow.credit;

import static io.ardesk.workflow.credit.ReviewVariables.*;

import io.ardesk.credit.domain.CharacteristicGroup;
import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.domain.Financials;
import io.ardesk.credit.review.CreditAssessment;
import io.ardesk.credit.review.CreditAssessments;
import io.ardesk.credit.review.CreditReviews;
import io.ardesk.credit.review.CustomerMaster.CreditCustomer;
import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.workflow.SystemAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the review, or joins the running one (then this instance ends). A new review ends the
 * previous instance's wait for its review date, names the customer and salesperson for the tasks,
 * and reuses recent balance-sheet figures where there are some.
 */
@Component("openCreditReview")
public class OpenCreditReviewDelegate implements JavaDelegate {

  private final CreditReviews reviews;
  private final CreditAssessments assessments;
  private final SystemAccess system;

  public OpenCreditReviewDelegate(CreditReviews reviews, CreditAssessments assessments, SystemAccess system) {
    this.reviews = reviews;
    this.assessments = assessments;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customerNo = ((String) execution.getVariable(CUSTOMER_NO)).trim();
    Object trigger = execution.getVariable(TRIGGER);
    var opening =
        reviews.open(
            customerNo,
            trigger == null ? ReviewTrigger.ON_REQUEST : ReviewTrigger.valueOf(trigger.toString()),
            execution.getProcessInstanceId());
    execution.setVariable(JOINED, opening.joined());
    execution.setVariable(REVIEW_ID, opening.review().id());
    if (opening.joined()) {
      return;
    }
    execution.setProcessBusinessKey(customerNo);
    // the application's own message: a user starting the review from Tasklist may not send messages
    system.run(() -> execution
        .getProcessEngineServices()
        .getRuntimeService()
        .createMessageCorrelation(CreditReviewProcess.MESSAGE_SUPERSEDED)
        .processInstanceBusinessKey(customerNo)
        .correlateAll());
    CreditCustomer customer = assessments.customer(customerNo);
    execution.setVariable(CUSTOMER_NAME, customer.name());
    execution.setVariable(SALESPERSON, customer.salesperson());
    execution.setVariable(LEDGER_ADMINISTRATOR, customer.ledgerAdministrator());
    var recent = assessments.withRecentFigures(customerNo);
    execution.setVariable(HAS_RECENT_FIGURES, recent.isPresent());
    if (recent.isPresent()) {
      copyFigures(recent.get(), execution);
    } else {
      execution.setVariable(FOUNDING_DATE, customer.foundingDate() == null ? null : customer.foundingDate().toString());
      assessments
          .paymentRecordScore(customerNo)
          .ifPresent(score -> execution.setVariable(CharacteristicItem.PAYMENT_RECORD.name(), score));
    }
  }

  /** The figures and the financial items' scores of a recent assessment, as the finance form would give them. */
  private static void copyFigures(CreditAssessment assessment, DelegateExecution execution) {
    Financials f = assessment.financials();
    f.byName().forEach((name, amount) -> execution.setVariable(name, amount.doubleValue()));
    execution.setVariable(FOUNDING_DATE, f.foundingDate() == null ? null : f.foundingDate().toString());
    var scores = assessment.characteristicScores();
    for (CharacteristicItem item : CharacteristicItem.of(CharacteristicGroup.FINANCIAL)) {
      execution.setVariable(item.name(), scores.score(item));
    }
  }
}
