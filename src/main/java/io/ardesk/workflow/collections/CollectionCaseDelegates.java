package io.ardesk.workflow.collections;

import static io.ardesk.workflow.ProcessValues.startOf;
import static io.ardesk.workflow.ReadableFailures.named;

import io.ardesk.collections.CaseAgenda;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.workflow.ProcessValues;
import java.util.Objects;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

  /** Task_EvaluateCase: the ledger as of today, the stage, and what the stage asks for. */
  @Bean
  JavaDelegate evaluateCase(CollectionCaseService cases, CustomerService customers) {
    return named(CUSTOMER, execution -> {
      String customerNo = execution.getProcessBusinessKey();
      CaseAgenda agenda = cases.evaluate(customerNo);
      // decision inputs for this transaction only (transient); what people read later is kept
      execution.setVariable("hasOverdue", Variables.booleanValue(agenda.overdue(), true));
      if (!agenda.overdue()) {
        return;
      }
      Customer customer = customers.get(customerNo);
      Map<String, Object> variables = new HashMap<>();
      variables.put("stage", agenda.stage().name());
      variables.put("customerName", customer.getName());
      variables.put("caseSummary", CaseFacts.summary(customer, agenda));
      variables.put("caseFacts", CaseFacts.details(customer, agenda, agenda.items()));
      variables.put("overdueAmount", CaseFacts.money(agenda.overdueAmount()) + " " + agenda.currency());
      variables.put("oldestDaysPastDue", agenda.oldestDaysPastDue());
      variables.put("nextStageDate", transientDate(agenda.nextStageDate()));
      variables.put("openPromise", transientFlag(agenda.openPromise()));
      variables.put("promiseCheckDate", transientDate(agenda.promiseCheckDate()));
      variables.put("callCustomer", transientFlag(agenda.callCustomer()));
      variables.put("visitCustomer", transientFlag(agenda.visitCustomer()));
      variables.put("planAction", transientFlag(agenda.planAction()));
      variables.put("decideHandOver", transientFlag(agenda.decideHandOver()));
      variables.put("deferredDecision", transientFlag(agenda.deferredDecision()));
      variables.put("decisionDeferredUntil", transientDate(agenda.deferUntil()));
      variables.put("recordJudgment", transientFlag(agenda.recordJudgment()));
      variables.put("enforce", transientFlag(agenda.enforce()));
      variables.put("writeOffPending", transientFlag(agenda.writeOffPending()));
      execution.setVariables(variables);
    });
  }

  /** Task_EnterStage: the stage's letter and stop supply, once per stage. */
  @Bean
  JavaDelegate enterStage(CollectionCaseService cases) {
    return named(CUSTOMER, execution -> execution.setVariable("needsPrintedLetter",
        transientFlag(cases.enterStage(execution.getProcessBusinessKey(), SYSTEM).letterToPrint())));
  }

  /** Task_CheckPromise: kept or broken. */
  @Bean
  JavaDelegate checkPromise(CollectionCaseService cases) {
    return named(CUSTOMER, execution -> execution.setVariable("promiseKept",
        transientFlag(cases.checkPromise(execution.getProcessBusinessKey(), SYSTEM).kept())));
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

  static TypedValue transientDate(LocalDate day) {
    return Variables.dateValue(startOf(day), true);
  }

  /** Task_CloseCase: nothing overdue; the case's stop supply is lifted. */
  @Bean
  JavaDelegate closeCase(CollectionCaseService cases) {
    return named(CUSTOMER, execution -> cases.close(execution.getProcessBusinessKey(), SYSTEM));
  }
}
