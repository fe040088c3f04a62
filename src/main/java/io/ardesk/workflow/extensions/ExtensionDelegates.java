package io.ardesk.workflow.extensions;

import static io.ardesk.workflow.ProcessValues.startOf;
import static io.ardesk.workflow.ProcessValues.text;

import io.ardesk.collections.extensions.ExtensionDecision;
import io.ardesk.collections.extensions.ExtensionOutcome;
import io.ardesk.collections.extensions.ExtensionRequest;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.workflow.ProcessValues;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code payment-extension}. Each maps the request number (the business key)
 * to one call of {@link ExtensionRequests} and its answer to process variables.
 */
@Configuration(proxyBeanMethods = false)
class ExtensionDelegates {

  static final String SYSTEM = "system";
  static final String DECISION = "extensionDecision";

  /**
   * Task_RegisterRequest: a request from the Tasklist start form is checked and numbered here (the
   * number becomes the business key); every request gets the names its tasks show.
   */
  @Bean
  JavaDelegate registerExtensionRequest(ExtensionRequests requests, CustomerService customers) {
    return execution -> {
      String requestNo = text(execution, ExtensionProcess.REQUEST_NO);
      if (requestNo == null) {
        String actor = Objects.requireNonNullElse(text(execution, ExtensionProcess.INITIATOR), SYSTEM);
        requestNo = requests.register(new NewExtensionRequest(text(execution, "customerNo"),
            ExtensionProcess.invoiceNumbers(text(execution, "invoiceNos")),
            ProcessValues.date(execution, "requestedDueDate"), text(execution, "reason")), RequestSource.START_FORM,
            actor).getRequestNo();
        execution.setProcessBusinessKey(requestNo);
      }
      ExtensionRequest request = requests.get(requestNo);
      execution.setVariables(Map.of(ExtensionProcess.REQUEST_NO, requestNo,
          "customerNo", request.getCustomerNo(),
          "customerName", customers.get(request.getCustomerNo()).getName(),
          "requestSummary", requests.summary(requestNo)));
    };
  }

  /** Task_DecideExtension: the table extension-decision on the credit check, amount, days and grade. */
  @Bean
  JavaDelegate decideExtension(ExtensionRequests requests) {
    return execution -> {
      ExtensionDecision decision = requests.decide(key(execution));
      execution.setVariable(DECISION, decision.name());
      execution.setVariable("decisionReason", requests.get(key(execution)).getDecisionReason());
    };
  }

  /** Task_GrantExtension: new effective due dates, the answer letter; the timer waits for the day after the new date. */
  @Bean
  JavaDelegate grantExtension(ExtensionRequests requests) {
    return execution -> {
      ExtensionRequest granted = requests.grant(key(execution), SYSTEM);
      execution.setVariable("outcomeCheckAt", startOf(granted.getRequestedDueDate().plusDays(1)));
    };
  }

  /** Task_RefuseExtension: the answer letter; collections go on. */
  @Bean
  JavaDelegate refuseExtension(ExtensionRequests requests) {
    return execution -> requests.refuse(key(execution), SYSTEM);
  }

  /** Task_MeasureOutcome: the share paid by the new date and the outcome by the table extension-outcome. */
  @Bean
  JavaDelegate measureExtensionOutcome(ExtensionRequests requests) {
    return execution -> {
      ExtensionRequest measured = requests.measureOutcome(key(execution));
      execution.setVariable("extensionOutcome", measured.getOutcome().name());
      execution.setVariable("chargesDue", measured.getOutcome() != ExtensionOutcome.PAID_IN_FULL
          && (measured.chargesPenalty() || measured.chargesInterest()));
    };
  }

  /** Task_PostCharges: penalty and interest as ledger charges, once per request and kind. */
  @Bean
  JavaDelegate postExtensionCharges(ExtensionRequests requests) {
    return execution -> requests.postCharges(key(execution), SYSTEM);
  }

  /** Task_SendOutcomeLetter: the outcome letter into the outbox. */
  @Bean
  JavaDelegate sendExtensionOutcomeLetter(ExtensionRequests requests) {
    return execution -> requests.writeOutcomeLetter(key(execution));
  }

  /** Task_ReturnUnpaidItems: the extension ends; unpaid items go back to collections at the stage they had reached. */
  @Bean
  JavaDelegate returnUnpaidItems(ExtensionRequests requests, CollectionCaseStarter cases) {
    return execution -> {
      String requestNo = key(execution);
      List<String> unpaid = requests.end(requestNo);
      execution.setVariable("unpaidItems", unpaid.size());
      if (!unpaid.isEmpty()) {
        ExtensionRequest request = requests.get(requestNo);
        cases.resumeAfterExtension(request.getCustomerNo(), request.getCaseStage(), requestNo, unpaid);
      }
    };
  }

  private static String key(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }
}
