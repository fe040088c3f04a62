package io.ardesk.workflow.complaints;

import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.complaints.NewComplaint;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First service task: a complaint entered on the Tasklist start form is received here (it has no
 * number yet); one received through {@link ComplaintIntake} already has its number and passes.
 * Afterwards the process holds the complaint and customer numbers only.
 */
@Component("registerComplaint")
public class RegisterComplaint implements JavaDelegate {
  static final List<String> START_FORM = List.of("customerNo", "category", "description", "invoiceNos",
      "claimAmount");

  private final ComplaintService complaints;

  RegisterComplaint(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.hasVariable(ComplaintProcess.COMPLAINT_NO)) {
      return;
    }
    FormValues form = FormValues.of(execution);
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String starter = authentication == null ? null : authentication.getUserId();
    String complaintNo = complaints.receive(new NewComplaint(form.text("customerNo"), form.text("category"),
        form.text("description"), form.list("invoiceNos"), form.amount("claimAmount"), ComplaintSource.TASKLIST,
        null), starter).complaintNo();
    form.forget(START_FORM);
    execution.setProcessBusinessKey(complaintNo);
    execution.setVariable(ComplaintProcess.COMPLAINT_NO, complaintNo);
    execution.setVariable(ComplaintProcess.CUSTOMER_NO, complaints.get(complaintNo).getCustomerNo());
  }
}
