package io.ardesk.workflow.complaints;

import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.ComplaintService.Solution;
import io.ardesk.complaints.Department;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of every complaint task: hands what the form recorded to {@link ComplaintService}
 * (which validates it: a rule broken refuses the completion with the field named), sets the
 * decisions of steps 9 and 10 for the gateways and forgets the form's values.
 */
@Component("complaintStepRecorder")
public class ComplaintStepRecorder implements TaskListener {
  /** Step 11's checkboxes, one per department. */
  static final Map<Department, String> DEPARTMENT_CHECKBOXES = new EnumMap<>(Map.of(
      Department.QUALITY, "notifyQuality", Department.LOGISTICS, "notifyLogistics",
      Department.WAREHOUSE, "notifyWarehouse", Department.AFTER_SALES, "notifyAfterSales",
      Department.FINANCE, "notifyFinance"));

  private final ComplaintService complaints;

  ComplaintStepRecorder(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    ComplaintTask kind = ComplaintTask.of(task);
    String no = (String) task.getVariable(ComplaintProcess.COMPLAINT_NO);
    String actor = actor(task);
    FormValues form = FormValues.of(task);
    switch (kind) {
      case WELCOME -> complaints.welcome(no, form.text("acknowledgedVia"), form.text("welcomeNote"), actor);
      case GO_TO_CUSTOMER -> complaints.goToCustomer(no, form.text("contactMethod"), form.text("metWith"),
          form.text("contactNote"), actor);
      case SHOW_SYMPATHY -> complaints.showSympathy(no, form.text("sympathyNote"), actor);
      case HEAR_REASONS -> complaints.hearReasons(no, form.text("reasons"), form.amount("claimAmount"), actor);
      case KEY_PROBLEM -> complaints.findKeyProblem(no, form.text("keyProblem"), actor);
      case CAUSE -> complaints.findCause(no, form.text("cause"), actor);
      case SUGGESTION -> complaints.considerSuggestion(no, form.text("customerSuggestion"), actor);
      case SOLUTION -> complaints.proposeSolution(no, new Solution(form.text("solutionKind"), form.text("solution"),
          form.amount("creditAmount"), form.text("creditInvoiceNo")), actor);
      case AGREEMENT -> {
        Boolean agreed = form.yesNo("agreement");
        complaints.recordAgreement(no, agreed, form.text("agreementNote"), actor);
        task.getExecution().setVariable(ComplaintProcess.AGREED, agreed);
      }
      case SATISFACTION -> {
        Boolean satisfied = form.yesNo("satisfaction");
        complaints.confirmSatisfaction(no, satisfied, form.text("satisfactionNote"), actor);
        task.getExecution().setVariable(ComplaintProcess.SATISFIED, satisfied);
      }
      case REVIEW -> complaints.review(no, chosenDepartments(form), form.text("lesson"),
          form.text("supervisorComment"), actor);
      case PREVENTIVE_ACTION -> complaints.recordPreventiveAction(no,
          ComplaintProcess.department((String) task.getVariable(ComplaintProcess.DEPARTMENT)),
          form.text("preventiveAction"), actor);
      case ESCALATION -> complaints.handleEscalation(no, form.text("escalationAction"), actor);
    }
    form.forget(kind.formKeys());
  }

  private static List<Department> chosenDepartments(FormValues form) {
    return DEPARTMENT_CHECKBOXES.entrySet().stream().filter(e -> form.checked(e.getValue())).map(Map.Entry::getKey)
        .toList();
  }

  /** The Tasklist user who completed the task, else its assignee. */
  static String actor(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
