package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.report.WorklistService;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Gives each task of a collection case a name that says what to do for whom, the case's facts as
 * description, a due date and a priority by expected loss (by stage when nothing is overdue), and the customer's own salesperson or ledger
 * administrator where the customer master names one. An evaluation that finds other figures renames
 * the tasks it keeps ({@link #nameFor}); due date, assignee and everything a person did stay.
 */
@Component("collectionTaskSetup")
class CollectionTaskSetup implements TaskListener {

  private final CustomerService customers;
  private final CollectionsProperties properties;
  private final Clock clock;
  private final WorklistService worklist;
  private final TeamLanguage language;

  CollectionTaskSetup(CustomerService customers, CollectionsProperties properties, Clock clock,
      WorklistService worklist, TeamLanguage language) {
    this.worklist = worklist;
    this.language = language;
    this.customers = customers;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate today = LocalDate.now(clock);
    Customer customer = customers.get(task.getExecution().getProcessBusinessKey());
    String key = task.getTaskDefinitionKey();
    task.setName(nameFor(key, task, language));
    task.setDescription(ProcessValues.text(task, "caseFacts"));
    LocalDate due = switch (key) {
      case "Task_CallCustomer" -> today;
      case "Task_PrintAndPost" -> today.plusDays(1);
      case "Task_VisitCustomer" -> today.plusDays(5);
      case "Task_PlanAction", "Task_WriteOff" -> today.plusDays(3);
      case "Task_DecideHandOver", "Task_SupportProblemReceivable", "Task_DecideMeasure" ->
          today.plusDays(properties.decisionDueDays());
      case "Task_Enforce" -> today.plusDays(14);
      default -> null;
    };
    if (due != null) {
      task.setDueDate(ProcessValues.startOf(due.plusDays(1)));
    }
    if (key.equals("Task_VisitCustomer")) {
      assignTo(task, customer.getSalesperson());
    } else if (key.equals("Task_WriteOff")) {
      assignTo(task, customer.getLedgerAdministrator());
    }
    task.setPriority(priority(worklist, task.getExecution().getProcessBusinessKey(), today,
        ProcessValues.text(task, "stage")));
  }

  /**
   * The case's expected loss as a Tasklist priority ({@link WorklistService#priorityFor}), so the
   * filter "Credit — by expected loss" lists the worklist's order; the stage's when nothing is overdue.
   */
  static int priority(WorklistService worklist, String customerNo, LocalDate today, String stage) {
    int byLoss = worklist.priorityOf(customerNo, today);
    return byLoss > 0 ? byLoss : priority(stage);
  }

  /** The task's name from the case's variables in the team's language, at most 255 characters. */
  static String nameFor(String taskKey, VariableScope variables, TeamLanguage language) {
    String name = ProcessValues.text(variables, "customerName");
    String summary = ProcessValues.text(variables, "caseSummary");
    String amount = ProcessValues.text(variables, "overdueAmount");
    String days = String.valueOf(variables.getVariable("oldestDaysPastDue"));
    String stage = ProcessValues.text(variables, "stage");
    String text = switch (taskKey) {
      case "Task_CallCustomer" -> language.text("task.collection.call", summary);
      case "Task_PrintAndPost" -> language.text("task.collection.print", name, language.text("stage." + stage));
      case "Task_VisitCustomer" -> language.text("task.collection.visit", summary);
      case "Task_PlanAction" -> language.text("task.collection.plan", name, amount, days);
      case "Task_DecideHandOver" -> language.text("LITIGATION".equals(stage) ? "task.collection.sue"
          : "task.collection.agency", name, amount, days);
      case "Task_RecordJudgment" -> language.text("task.collection.judgment", name, amount);
      case "Task_Enforce" -> language.text("task.collection.enforce", name, amount);
      case "Task_WriteOff" -> language.text("task.collection.writeOff", name, amount);
      case "Task_SupportProblemReceivable" -> language.text("task.collection.problem", name, amount, days,
          ProcessValues.text(variables, "problemKinds"));
      case "Task_DecideMeasure" -> language.text("task.collection.measure", name, amount, days);
      default -> throw new IllegalStateException("no set-up for task " + taskKey);
    };
    return CaseFacts.clip(text, CaseFacts.NAME_LIMIT);
  }

  private static void assignTo(DelegateTask task, String userId) {
    if (userId != null && !userId.isBlank()) {
      task.setAssignee(userId);
    }
  }

  /** Later stages first: 50 for a reminder call up to 90 at enforcement. */
  static int priority(String stage) {
    return switch (stage == null ? "" : stage) {
      case "REMINDER" -> 50;
      case "LETTER_1" -> 55;
      case "LETTER_2" -> 60;
      case "LETTER_3" -> 65;
      case "LETTER_4" -> 70;
      case "AGENCY" -> 80;
      case "LITIGATION" -> 85;
      case "ENFORCEMENT" -> 90;
      default -> 50;
    };
  }
}
