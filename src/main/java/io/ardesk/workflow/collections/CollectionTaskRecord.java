package io.ardesk.workflow.collections;

import static io.ardesk.workflow.ProcessValues.choice;
import static io.ardesk.workflow.ProcessValues.date;
import static io.ardesk.workflow.ProcessValues.money;
import static io.ardesk.workflow.ProcessValues.text;

import io.ardesk.collections.CallOutcome;
import io.ardesk.collections.CaseMeasures;
import io.ardesk.collections.MeasureDecision;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.CaseChanges;
import io.ardesk.collections.EnforcementOutcome;
import io.ardesk.collections.Excuse;
import io.ardesk.collections.HandOverDecision;
import io.ardesk.workflow.ProcessValues;
import io.ardesk.workflow.extensions.ExtensionProcess;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records what a person entered in a collection task's form, through the domain, which checks it
 * again: a refused entry fails the completion with the reason, and the task stays open.
 */
@Component("collectionTaskRecord")
class CollectionTaskRecord implements TaskListener {

  private final CollectionCaseService cases;
  private final CaseChanges changes;
  private final IdentityService identity;
  private final ExtensionProcess extensions;
  private final CaseMeasures measures;
  private final CallDisputes disputes;

  CollectionTaskRecord(CollectionCaseService cases, CaseChanges changes, IdentityService identity,
      ExtensionProcess extensions, CaseMeasures measures, CallDisputes disputes) {
    this.measures = measures;
    this.disputes = disputes;
    this.cases = cases;
    this.changes = changes;
    this.identity = identity;
    this.extensions = extensions;
  }

  @Override
  public void notify(DelegateTask task) {
    String customerNo = task.getExecution().getProcessBusinessKey();
    String actor = ProcessValues.actor(task, identity);
    switch (task.getTaskDefinitionKey()) {
      case "Task_CallCustomer" -> {
        CallOutcome outcome = choice(task, "callOutcome", CallOutcome.class);
        LocalDate promiseDate = date(task, "promiseDate");
        cases.recordCall(customerNo, outcome, choice(task, "excuse", Excuse.class), text(task, "callNote"),
            promiseDate, money(task, "promiseAmount"), text(task, "promiseCurrency"), actor);
        if (outcome == CallOutcome.DISPUTE) {
          disputes.openFromCall(customerNo, task.getId(), text(task, "disputedInvoiceNos"),
              text(task, "disputeCategory"), text(task, "callNote"), actor);
        }
        if (Boolean.TRUE.equals(task.getVariable("askForMeasure"))) {
          measures.request(customerNo, text(task, "callNote"), actor);
        }
        if (outcome == CallOutcome.EXTENSION_REQUEST) {
          task.getExecution().setVariable("extensionRequestNo", extensions.requestFromCall(customerNo,
              text(task, "invoiceNos"), date(task, "requestedDueDate"), text(task, "callNote"), actor));
        }
      }
      case "Task_PrintAndPost" -> cases.recordPrinted(customerNo, actor);
      case "Task_SupportProblemReceivable" -> cases.recordProblemSupport(customerNo, text(task, "supportNote"), actor);
      // the charge is posted by Task_PostPenaltyInterest, once
      case "Task_DecideMeasure" -> measures.decide(customerNo, choice(task, "measureDecision", MeasureDecision.class),
          money(task, "discountPercent"), date(task, "payBy"), text(task, "measureReason"), actor);
      case "Task_VisitCustomer" -> cases.recordVisit(customerNo, text(task, "visitNote"), actor);
      case "Task_PlanAction" -> cases.recordActionPlan(customerNo, text(task, "actionPlan"), actor);
      case "Task_DecideHandOver" -> {
        HandOverDecision decision = choice(task, "handOverDecision", HandOverDecision.class);
        LocalDate deferUntil = date(task, "deferUntil");
        cases.decideHandOver(customerNo, decision, deferUntil, text(task, "decisionReason"), actor);
      }
      case "Task_RecordJudgment" -> cases.recordJudgment(customerNo, date(task, "judgmentDate"),
          money(task, "awardedAmount"), text(task, "judgmentNote"), actor);
      case "Task_Enforce" -> cases.recordEnforcement(customerNo,
          choice(task, "enforcementOutcome", EnforcementOutcome.class), text(task, "enforcementNote"), actor);
      // the reason is checked by the write-off itself, which runs in this same transaction
      case "Task_WriteOff" -> task.getExecution().setVariable("writeOffConfirmedBy", actor);
      default -> throw new IllegalStateException("nothing to record for task " + task.getTaskDefinitionKey());
    }
    // the case looks again once this completion has committed: what is needed next, and when
    changes.request(customerNo, "TASK_COMPLETED", false);
  }
}
