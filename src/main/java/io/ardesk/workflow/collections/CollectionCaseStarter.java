package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.workflow.SystemAccess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a customer's {@code collection-case}, or asks the running one to look again: one case per
 * customer, guarded by the domain's unique open case, business key the customer number.
 */
@Component
public class CollectionCaseStarter {

  public static final String PROCESS = "collection-case";
  public static final String REVIEW_REQUESTED = "CaseReviewRequested";

  public enum Outcome { STARTED, REEVALUATED }

  private final CollectionCaseService cases;
  private final RuntimeService runtime;
  private final SystemAccess system;

  CollectionCaseStarter(CollectionCaseService cases, RuntimeService runtime, SystemAccess system) {
    this.cases = cases;
    this.runtime = runtime;
    this.system = system;
  }

  @Transactional
  public Outcome startOrReview(String customerNo) {
    return system.call(() -> {
      boolean created = cases.open(customerNo, "system").created();
      boolean running = !created && runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
          .processInstanceBusinessKey(customerNo).active().count() > 0;
      if (running) {
        runtime.createMessageCorrelation(REVIEW_REQUESTED).processInstanceBusinessKey(customerNo).correlateAll();
        return Outcome.REEVALUATED;
      }
      runtime.startProcessInstanceByKey(PROCESS, customerNo);
      return Outcome.STARTED;
    });
  }

  /** Tells the customer's running case, if any, that something in the ledger changed. */
  public void notifyCase(String customerNo, String messageName) {
    system.run(() -> runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(customerNo)
        .correlateAll());
  }
}
