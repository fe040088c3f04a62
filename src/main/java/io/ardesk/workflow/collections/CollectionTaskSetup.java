package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each task of a collection case a name that says what to do for whom, the case's facts as
 * description, a due date and a priority by stage, and the customer's own salesperson or ledger
 * administrator where the customer master names one.
 */
@Component("collectionTaskSetup")
class CollectionTaskSetup implements TaskListener {

  private final CustomerService customers;
  private final CollectionsProperties properties;
  private final Clock clock;

  CollectionTaskSetup(CustomerService customers, CollectionsProperties properties, Clock clock) {
    this.customers = customers;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String name = ProcessValues.text(task, "customerName");
    String summary = ProcessValues.text(task, "caseSummary");
    String amount = ProcessValues.text(task, "overdueAmount");
    Object days = task.getVariable("oldestDaysPastDue");
    String stage = ProcessValues.text(task, "stage");
    LocalDate today = LocalDate.now(clock);
    Customer customer = customers.get(task.getExecution().getProcessBusinessKey());
    switch (task.getTaskDefinitionKey()) {
      case "Task_CallCustomer" -> setup(task, "Call " + summary, today);
      case "Task_PrintAndPost" -> setup(task, "Print and post the " + stage + " letter to " + name, today.plusDays(1));
      case "Task_VisitCustomer" -> {
        setup(task, "Visit " + summary, today.plusDays(5));
        assignTo(task, customer.getSalesperson());
      }
      case "Task_PlanAction" -> setup(task, "Action plan for " + name + ": " + amount + ", " + days + " days overdue",
          today.plusDays(3));
      case "Task_DecideHandOver" -> setup(task, ("LITIGATION".equals(stage) ? "Decide: sue " + name + "?"
          : "Decide: hand " + name + " to a collection agency?") + " (" + amount + ", " + days + " days)",
          today.plusDays(properties.decisionDueDays()));
      case "Task_RecordJudgment" -> setup(task, "Record the judgment against " + name + " (" + amount + ")", null);
      case "Task_Enforce" -> setup(task, "Enforce the judgment against " + name + " (" + amount + " open)",
          today.plusDays(14));
      case "Task_WriteOff" -> {
        setup(task, "Confirm write-off of " + amount + " for " + name, today.plusDays(3));
        assignTo(task, customer.getLedgerAdministrator());
      }
      default -> throw new IllegalStateException("no set-up for task " + task.getTaskDefinitionKey());
    }
    task.setPriority(priority(stage));
  }

  private void setup(DelegateTask task, String name, LocalDate due) {
    task.setName(name.length() > 255 ? name.substring(0, 252) + "…" : name);
    task.setDescription(ProcessValues.text(task, "caseFacts"));
    if (due != null) {
      task.setDueDate(ProcessValues.startOf(due.plusDays(1)));
    }
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
