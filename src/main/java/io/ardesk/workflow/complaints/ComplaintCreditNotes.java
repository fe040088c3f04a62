package io.ardesk.workflow.complaints;

import io.ardesk.complaints.CaseReport;
import io.ardesk.complaints.ComplaintService;
import io.ardesk.language.TeamLanguage;
import io.ardesk.workflow.approvals.Approver;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The supervisor's approval of a complaint's credit note above
 * {@code ardesk.complaints.credit-note-approval-above} ({@code Task_ApproveCreditNote}, between step 9
 * and the posting): the gateway asks {@link #awaitsApproval}, the task shows the facts read-only, and
 * the authenticated supervisor (not the salesperson who proposed it) approves or refuses through
 * {@link ComplaintService}.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintCreditNotes {
  static final String APPROVED = "creditNoteApproved";

  private final ComplaintService complaints;
  private final TeamLanguage language;

  ComplaintCreditNotes(ComplaintService complaints, TeamLanguage language) {
    this.complaints = complaints;
    this.language = language;
  }

  /** For the gateway after step 9: does the agreed credit note wait for a supervisor? */
  public boolean awaitsApproval(String complaintNo) {
    return complaints.creditNoteAwaitsApproval(complaintNo);
  }

  @Bean
  TaskListener complaintCreditNoteSetup() {
    return task -> {
      String no = complaintNo(task);
      var complaint = complaints.get(no);
      String currency = complaint.getCurrency();
      String credit = CaseReport.creditNote(language.money(complaint.getCreditAmount(), currency),
          complaint.getCreditInvoiceNo(), language);
      BigDecimal open = complaints.openAmountOfDisputedInvoices(no);
      task.setName(limit(language.text("task.complaint.creditNote", credit, complaint.getCustomerName(), no,
          complaint.getCreditProposedBy())));
      task.setVariableLocal("complaintNo", no);
      task.setVariableLocal("customerName", complaint.getCustomerName());
      task.setVariableLocal("claim", language.money(complaint.getClaimAmount(), currency));
      task.setVariableLocal("creditNote", credit);
      task.setVariableLocal("openAmount", open == null ? language.text("complaint.facts.noInvoicesNamed")
          : language.money(open, currency));
      task.setVariableLocal("solution", complaint.getSolution());
      task.setVariableLocal("proposedBy", complaint.getCreditProposedBy());
    };
  }

  @Bean
  TaskListener complaintCreditNoteDecision() {
    return task -> {
      String supervisor = Approver.of(task);
      String no = complaintNo(task);
      boolean approves = Approver.approves(task);
      if (approves) {
        complaints.approveCreditNote(no, supervisor, Approver.reason(task));
      } else {
        complaints.refuseCreditNote(no, supervisor, Approver.reason(task));
      }
      task.getExecution().setVariable(APPROVED, approves);
      task.getExecution().removeVariable("decision");
      task.getExecution().removeVariable("decisionReason");
    };
  }

  private static String complaintNo(DelegateTask task) {
    return (String) task.getVariable(ComplaintProcess.COMPLAINT_NO);
  }

  private static String limit(String name) {
    return name.length() > 250 ? name.substring(0, 247) + "..." : name;
  }
}
