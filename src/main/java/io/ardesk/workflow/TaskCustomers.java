package io.ardesk.workflow;

import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.CustomerRepository;
import io.ardesk.ledger.report.ReceivablesQueries;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The customer a task is about, for Tasklist's Customer tab: the process variable {@code customerNo}
 * (credit review, extension, complaint, order, approvals), else the business key (collection case:
 * the customer number; a complaint number is looked up). Only for a task the user may see in
 * Tasklist: the task query runs with the user's engine authorizations.
 */
@Service
public class TaskCustomers {
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CustomerRepository customers;
  private final ReceivablesQueries queries;

  TaskCustomers(TaskService tasks, RuntimeService runtime, IdentityService identity, CustomerRepository customers,
      ReceivablesQueries queries) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.customers = customers;
    this.queries = queries;
  }

  public Optional<String> customerOf(String taskId, String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    Task task;
    identity.setAuthentication(user, groups);
    try {
      task = tasks.createTaskQuery().taskId(taskId).singleResult();
    } finally {
      identity.clearAuthentication();
    }
    if (task == null) {
      throw new NotFoundException("task", "taskId", taskId);
    }
    if (task.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    Object variable = runtime.getVariable(task.getProcessInstanceId(), "customerNo");
    if (variable != null && customers.findByCustomerNo(variable.toString()).isPresent()) {
      return Optional.of(variable.toString());
    }
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    String key = instance == null ? null : instance.getBusinessKey();
    if (key == null) {
      return Optional.empty();
    }
    if (customers.findByCustomerNo(key).isPresent()) {
      return Optional.of(key);
    }
    return queries.customerOfComplaint(key);
  }
}
