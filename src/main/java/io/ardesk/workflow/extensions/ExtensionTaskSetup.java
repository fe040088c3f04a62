package io.ardesk.workflow.extensions;

import io.ardesk.collections.extensions.CreditFacts;
import io.ardesk.collections.extensions.ExtensionRequest;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.language.TeamLanguage;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names the tasks of a payment extension for what to do and for whom, puts fresh facts on the task
 * for its read-only form fields (ledger, payment record, grade, open risk signals), and sets due
 * date and priority: the credit check is immediate (即期資信調查).
 */
@Component("extensionTaskSetup")
class ExtensionTaskSetup implements TaskListener {

  private final ExtensionRequests requests;
  private final Clock clock;
  private final TeamLanguage language;

  ExtensionTaskSetup(ExtensionRequests requests, Clock clock, TeamLanguage language) {
    this.language = language;
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String requestNo = task.getExecution().getProcessBusinessKey();
    ExtensionRequest request = requests.get(requestNo);
    CreditFacts facts = requests.creditFacts(requestNo);
    String amount = language.money(request.getExtendedAmount(), request.getCurrency());
    task.setVariablesLocal(Map.of("ledgerFacts", facts.ledger(), "paymentRecord", facts.paymentRecord(),
        "creditGrade", facts.grade(), "riskSignals", facts.riskSignals()));
    task.setDescription(facts.request());
    LocalDate today = LocalDate.now(clock);
    switch (task.getTaskDefinitionKey()) {
      case "Task_CheckCredit" -> {
        name(task, language.text("task.extension.check", facts.customerName(), amount,
            language.date(request.getRequestedDueDate()), String.valueOf(facts.extensionDays()), requestNo));
        task.setDueDate(ProcessValues.startOf(today.plusDays(1)));
        task.setPriority(60);
      }
      case "Task_ApproveExtension" -> {
        name(task, language.text("task.extension.approve", amount, facts.customerName(),
            language.date(request.getRequestedDueDate()), requestNo));
        task.setVariableLocal("creditCheckSummary", requests.creditCheckSummary(request));
        task.setDueDate(ProcessValues.startOf(today.plusDays(3)));
        task.setPriority(70);
      }
      default -> throw new IllegalStateException("no set-up for task " + task.getTaskDefinitionKey());
    }
  }

  private static void name(DelegateTask task, String name) {
    task.setName(name.length() > 255 ? name.substring(0, 252) + "…" : name);
  }
}
