package io.ardesk.support;

import io.ardesk.ledger.customer.CreditTerms;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.SettlementMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Gives a test customer its credit terms the way the application requires (four eyes): {@code carol}
 * (credit) asks, and what loosens credit is approved by {@code steve} (supervisor) on the
 * {@code credit-change-approval} task, authenticated as Tasklist would.
 */
@Component
public class CreditGrants {
  private final CustomerService customers;
  private final TaskService tasks;
  private final IdentityService identity;

  CreditGrants(CustomerService customers, TaskService tasks, IdentityService identity) {
    this.customers = customers;
    this.tasks = tasks;
    this.identity = identity;
  }

  public void grant(String customerNo, BigDecimal limit, String grade, SettlementMethod method, Integer termsDays) {
    var outcome = customers.changeCreditTerms(customerNo,
        new CreditTerms(limit, grade, method, termsDays, null, null), "carol", "test terms");
    outcome.pending().ifPresent(request -> approve(request.getRequestNo(), "steve"));
  }

  /** Completes the approval task of a credit change or write-off request as {@code supervisor}. */
  public void approve(String requestNo, String supervisor) {
    decide(requestNo, supervisor, Map.of("decision", "APPROVE", "decisionReason", "approved in a test"));
  }

  /**
   * A user in {@code credit}, {@code finance} and {@code supervisor} at once (password
   * {@code Four-Eyes-2026!}), to show that a supervisor may not approve what he asked for himself.
   */
  public String creditAndSupervisor() {
    String id = "sam";
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setFirstName("Sam");
      user.setLastName("Both");
      user.setPassword("Four-Eyes-2026!");
      identity.saveUser(user);
      for (String group : List.of("credit", "finance", "supervisor")) {
        identity.createMembership(id, group);
      }
    }
    return id;
  }

  public void decide(String requestNo, String user, Map<String, Object> form) {
    var task = tasks.createTaskQuery().processInstanceBusinessKey(requestNo).singleResult();
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      // an administrator hands the task back (a supervisor's TASK_WORK may claim, not reassign)
      tasks.setAssignee(task.getId(), null);
    }
    identity.setAuthentication(user, List.of("supervisor"));
    try {
      if (!user.equals(task.getAssignee())) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }
}
