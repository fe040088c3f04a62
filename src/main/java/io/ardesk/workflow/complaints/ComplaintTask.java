package io.ardesk.workflow.complaints;

import io.ardesk.complaints.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The user tasks of {@code complaint-handling}: their step and the form fields each one asks for. */
enum ComplaintTask {
  WELCOME("Step01_WelcomeComplaint", Step.WELCOME, "acknowledgedVia", "welcomeNote"),
  GO_TO_CUSTOMER("Step02_GoToCustomer", Step.GO_TO_CUSTOMER, "contactMethod", "metWith", "contactNote"),
  SHOW_SYMPATHY("Step03_ShowSympathy", Step.SHOW_SYMPATHY, "sympathyNote"),
  HEAR_REASONS("Step04_HearReasons", Step.HEAR_REASONS, "reasons", "claimAmount"),
  KEY_PROBLEM("Step05_FindKeyProblem", Step.KEY_PROBLEM, "keyProblem"),
  CAUSE("Step06_FindCause", Step.CAUSE, "cause"),
  SUGGESTION("Step07_ConsiderSuggestion", Step.CUSTOMER_SUGGESTION, "customerSuggestion"),
  SOLUTION("Step08_FindBestSolution", Step.BEST_SOLUTION, "solutionKind", "solution", "creditAmount",
      "creditInvoiceNo"),
  AGREEMENT("Step09_GetAgreement", Step.AGREEMENT, "agreement", "agreementNote"),
  SATISFACTION("Step10_ConfirmSatisfaction", Step.SATISFACTION, "satisfaction", "satisfactionNote"),
  REVIEW("Step11_ReviewReport", Step.SUPERVISOR_REPORT, "notifyQuality", "notifyLogistics", "notifyWarehouse",
      "notifyAfterSales", "notifyFinance", "lesson", "supervisorComment"),
  PREVENTIVE_ACTION("Step12_NotifyDepartments", Step.NOTIFY_DEPARTMENTS, "preventiveAction"),
  ESCALATION("Task_EscalateFirstResponse", Step.FIRST_RESPONSE_MISSED, "escalationAction");

  /** The facts every complaint form shows read-only; the create listener sets them on the task. */
  static final List<String> FACTS = List.of("customerName", "category", "description", "claim", "invoices",
      "receivedAt", "firstResponseDue", "caseReport", "departmentName");

  private final String taskKey;
  private final Step step;
  private final List<String> inputs;

  ComplaintTask(String taskKey, Step step, String... inputs) {
    this.taskKey = taskKey;
    this.step = step;
    this.inputs = List.of(inputs);
  }

  static Optional<ComplaintTask> of(String taskDefinitionKey) {
    return Arrays.stream(values()).filter(t -> t.taskKey.equals(taskDefinitionKey)).findFirst();
  }

  /** The kind of a task of {@code complaint-handling}; any other task is a modelling error. */
  static ComplaintTask of(DelegateTask task) {
    return of(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("not a complaint task: " + task.getTaskDefinitionKey()));
  }

  String taskKey() {
    return taskKey;
  }

  Step step() {
    return step;
  }

  List<String> inputs() {
    return inputs;
  }

  /** Every key the task's form may send back. */
  List<String> formKeys() {
    return Stream.concat(FACTS.stream(), inputs.stream()).toList();
  }
}
