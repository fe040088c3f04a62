package io.ardesk.workflow.collections;

import io.ardesk.language.TeamLanguage;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.ProblemReceivable;
import io.ardesk.collections.ProblemReceivables;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.workflow.ProcessValues;
import io.ardesk.workflow.SystemAccess;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The supervisor's support task for the problem receivables of a customer without an open collection
 * case (docs/domain.md §7; process {@code problem-receivable-support}, business key = customer number). Kept in
 * step with the flags in the transaction that checked them ({@link ProblemReceivables.Checked}): flags
 * and no open case start it; a new flag after the support asks again; no flag left, or a case opened
 * (whose own task takes over), ends it. A customer with an open case gets the task from the case. So
 * the task lives as long as the flags, with or without a case: the case hands over when it closes.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemSupportProcess {
  public static final String PROCESS = "problem-receivable-support";
  static final String ENDED = "ProblemReceivableSupportEnded";
  static final String FLAGGED = "ProblemReceivableFlagged";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final SystemAccess system;
  private final ProblemReceivables problems;
  private final CollectionCaseService cases;
  private final CustomerService customers;
  private final TeamLanguage language;

  ProblemSupportProcess(RuntimeService runtime, TaskService tasks, SystemAccess system, ProblemReceivables problems,
      CollectionCaseService cases, CustomerService customers,
      TeamLanguage language) {
    this.language = language;
    this.runtime = runtime;
    this.tasks = tasks;
    this.system = system;
    this.problems = problems;
    this.cases = cases;
    this.customers = customers;
  }

  /**
   * Collects the customers checked in the transaction and keeps their support process in step once,
   * just before the transaction commits: by then the engine has written what the transaction's own
   * commands did (a process started earlier in it is seen), and what this does commits with it.
   */
  @EventListener
  void on(ProblemReceivables.Checked checked) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      sync(checked.customerNo(), checked.newFlag(), checked.cleared());
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, boolean[]> pending = (Map<String, boolean[]>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Map<String, boolean[]> created = new LinkedHashMap<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          TransactionSynchronizationManager.unbindResourceIfPossible(ProblemSupportProcess.this);
          new LinkedHashMap<>(created).forEach((customerNo, what) -> sync(customerNo, what[0], what[1]));
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(ProblemSupportProcess.this);
        }
      });
      pending = created;
    }
    pending.merge(checked.customerNo(), new boolean[] {checked.newFlag(), checked.cleared()},
        (a, b) -> new boolean[] {a[0] || b[0], a[1] || b[1]});
  }

  private void sync(String customerNo, boolean newFlag, boolean cleared) {
    List<ProblemReceivable> active = problems.active(customerNo);
    if (active.isEmpty() && !cleared) {
      return; // no flag before or now: no support process to start or end
    }
    boolean needed = !active.isEmpty() && cases.openCase(customerNo).isEmpty();
    system.run(() -> {
      // a list, not a single result: two transactions checking the same customer at once may each
      // have started one; all are kept in step, and all end when the flags are gone
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
          .processInstanceBusinessKey(customerNo).list();
      if (needed && running.isEmpty()) {
        runtime.startProcessInstanceByKey(PROCESS, customerNo, facts(customerNo, active));
      } else if (needed) {
        Map<String, Object> facts = facts(customerNo, active);
        for (ProcessInstance instance : running) {
          facts.forEach((name, value) -> runtime.setVariable(instance.getId(), name, value));
          // the open task shows the flags as they are now
          for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
            if (!task.getName().equals(facts.get("taskName"))) {
              task.setName((String) facts.get("taskName"));
              tasks.saveTask(task);
            }
          }
          if (newFlag) {
            runtime.createMessageCorrelation(FLAGGED).processInstanceId(instance.getId()).correlateAll();
          }
        }
      } else {
        for (ProcessInstance instance : running) {
          runtime.createMessageCorrelation(ENDED).processInstanceId(instance.getId()).correlateAll();
        }
      }
    });
  }

  private Map<String, Object> facts(String customerNo, List<ProblemReceivable> active) {
    String name = customers.get(customerNo).getName();
    String kinds = active.stream().map(f -> f.getKind().name() + " " + language.money(f.getAmount(), f.getCurrency())
        + " (" + f.getReason() + ")").collect(Collectors.joining("; "));
    Map<String, Object> facts = new HashMap<>();
    facts.put("customerName", CaseFacts.clip(name, 200));
    facts.put("problemKinds", kinds);
    facts.put("caseFacts", CaseFacts.clip(language.text("case.details.noCase", name, customerNo), 4000));
    facts.put("taskName", CaseFacts.clip(language.text("task.problemWithoutCase", name, kinds), 250));
    return facts;
  }

  /** Task_SupportProblemReceivable completed: what the supervisor did, kept on the active flags. */
  @Bean
  TaskListener problemSupportRecord(IdentityService identity) {
    return task -> problems.recordSupport(task.getExecution().getProcessBusinessKey(),
        ProcessValues.text(task, "supportNote"), ProcessValues.actor(task, identity));
  }
}
