package io.ardesk.workflow.collections;

import static io.ardesk.workflow.ProcessValues.startOf;
import static io.ardesk.workflow.ReadableFailures.named;

import io.ardesk.collections.CaseAgenda;
import io.ardesk.collections.CaseChanges;
import io.ardesk.collections.CaseWork;
import io.ardesk.collections.CaseMeasures;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.ProblemReceivables;
import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code collection-case}. Each maps the business key to one call of
 * {@link CollectionCaseService} and its answer to process variables.
 */
@Configuration(proxyBeanMethods = false)
class CollectionCaseDelegates {

  static final String SYSTEM = "system";
  /** Incidents name the customer: "Evaluate overdue items and stage for customer CC-1 failed: …" */
  static final String CUSTOMER = "customer";
  /** A timer needs a date: a case with nothing ahead looks again in this many years. */
  static final int NOTHING_AHEAD_YEARS = 50;

  /**
   * Task_EvaluateCase: the ledger as of today, the stage, and the work the case needs. Tasks still
   * needed are kept (same id, assignee, comments, follow-up date) and renamed if their figures
   * changed; tasks no longer needed are withdrawn by their boundary event when {@code openWork}
   * changes, the reason recorded in the case history; new work starts through {@code newWork}.
   */
  @Bean
  JavaDelegate evaluateCase(CollectionCaseService cases, CustomerService customers, CaseChanges changes,
      ProblemReceivables problems, CaseMeasures measures, Clock clock, io.ardesk.ledger.report.WorklistService worklist,
      TeamLanguage language,
      @org.springframework.beans.factory.annotation.Value("${ardesk.collections.look-again-spread:PT4H}")
      Duration lookAgainSpread) {
    return named(CUSTOMER, execution -> {
      String customerNo = execution.getProcessBusinessKey();
      CaseAgenda agenda = cases.evaluate(customerNo);
      TaskService taskService = execution.getProcessEngineServices().getTaskService();
      List<Task> open = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
      EnumSet<CaseWork> openWork = EnumSet.noneOf(CaseWork.class);
      open.forEach(task -> CaseWorkTasks.work(task.getTaskDefinitionKey()).ifPresent(openWork::add));
      Set<CaseWork> withdrawn = EnumSet.copyOf(openWork);
      withdrawn.removeAll(agenda.work());
      cases.recordWithdrawn(customerNo, withdrawn, agenda.withdrawalReason());
      Set<CaseWork> newWork = CaseWorkTasks.of(agenda.work());
      newWork.removeAll(openWork);

      execution.setVariable("hasOverdue", transientFlag(agenda.overdue()));
      execution.setVariable("newWork", Variables.stringValue(CaseWorkTasks.encode(newWork), true));
      LocalDate lookAgain = agenda.lookAgainOn() != null ? agenda.lookAgainOn()
          : LocalDate.now(clock).plusYears(NOTHING_AHEAD_YEARS);
      execution.setVariable("lookAgainDate", lookAgainAt(lookAgain, customerNo, lookAgainSpread));
      if (agenda.overdue()) {
        Customer customer = customers.get(customerNo);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("stage", agenda.stage().name());
        facts.put("customerName", CaseFacts.clip(customer.getName(), 200));
        facts.put("caseSummary", CaseFacts.summary(customer, agenda, language));
        facts.put("caseFacts", CaseFacts.details(customer, agenda, language));
        facts.put("overdueAmount", language.money(agenda.overdueAmount(), agenda.currency()));
        facts.put("oldestDaysPastDue", agenda.oldestDaysPastDue());
        if (agenda.needs(CaseWork.SUPPORT_PROBLEM)) {
          facts.put("problemKinds", problems.active(customerNo).stream()
              .map(f -> f.getKind().name() + " " + language.money(f.getAmount(), f.getCurrency()) + " ("
                  + f.getReason() + ")")
              .collect(java.util.stream.Collectors.joining("; ")));
        }
        if (agenda.needs(CaseWork.DECIDE_MEASURE)) {
          facts.put("penaltyInterestToday", measures.penaltyInterestText(customerNo));
        }
        // only what changed: every variable update is a history row
        facts.forEach((name, value) -> setIfChanged(execution, name, value));
        // the tasks' priority follows the case's expected loss (the worklist's order)
        int priority = CollectionTaskSetup.priority(worklist, customerNo, LocalDate.now(clock), agenda.stage().name());
        for (Task task : open) {
          if (!withdrawn.contains(CaseWorkTasks.work(task.getTaskDefinitionKey()).orElse(null))) {
            refresh(taskService, task, execution, priority, language);
          }
        }
      }
      // last: withdraws the tasks no longer needed (conditional boundary events on openWork)
      setIfChanged(execution, "openWork", CaseWorkTasks.encode(agenda.work()));
      changes.tellAgainAfterCommit(customerNo);
    });
  }

  private static void refresh(TaskService taskService, Task task, DelegateExecution execution, int priority,
      TeamLanguage language) {
    String name = CollectionTaskSetup.nameFor(task.getTaskDefinitionKey(), execution, language);
    String description = ProcessValues.text(execution, "caseFacts");
    if (!Objects.equals(name, task.getName()) || !Objects.equals(description, task.getDescription())
        || task.getPriority() != priority) {
      task.setName(name);
      task.setDescription(description);
      task.setPriority(priority);
      taskService.saveTask(task);
    }
  }

  private static void setIfChanged(DelegateExecution execution, String name, Object value) {
    if (!Objects.equals(execution.getVariable(name), value)) {
      execution.setVariable(name, value);
    }
  }

  /** Task_PostWriteOff: what finance confirmed leaves the ledger. */
  @Bean
  JavaDelegate postWriteOff(CollectionCaseService cases) {
    return named(CUSTOMER, execution -> cases.writeOff(execution.getProcessBusinessKey(),
        ProcessValues.text(execution, "writeOffReason"),
        Objects.requireNonNullElse(ProcessValues.text(execution, "writeOffConfirmedBy"), SYSTEM)));
  }

  static TypedValue transientFlag(boolean value) {
    return Variables.booleanValue(value, true);
  }

  /**
   * When the case looks again on {@code day}: the start of the day plus the customer's own offset within
   * {@code ardesk.collections.look-again-spread}, so that thousands of cases do not all wake at midnight
   * (the offset is the same for a customer every time; the day, what the calendar shows, does not move).
   */
  static TypedValue lookAgainAt(LocalDate day, String customerNo, Duration spread) {
    return Variables.dateValue(new java.util.Date(startOf(day).getTime() + offsetOf(customerNo, spread).toMillis()),
        true);
  }

  /**
   * A customer's offset: whole minutes from 0 to the spread (less a minute), by its number (its hash
   * mixed as MurmurHash3's finaliser does: numbers in sequence land on minutes all over the spread).
   */
  static Duration offsetOf(String customerNo, Duration spread) {
    long minutes = spread.toMinutes();
    if (minutes <= 0) {
      return Duration.ZERO;
    }
    int h = customerNo.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return Duration.ofMinutes(Math.floorMod(h, minutes));
  }

  /** Task_PostPenaltyInterest: the penalty interest a supervisor decided is posted once, whatever retries. */
  @Bean
  JavaDelegate postPenaltyInterest(CaseMeasures measures) {
    return named(CUSTOMER, execution -> measures.postPendingCharges(execution.getProcessBusinessKey(), SYSTEM));
  }

  /** Task_CloseCase: nothing overdue; the case's stop supply is lifted. */
  @Bean
  JavaDelegate closeCase(CollectionCaseService cases) {
    return named(CUSTOMER, execution -> cases.close(execution.getProcessBusinessKey(), SYSTEM));
  }
}
