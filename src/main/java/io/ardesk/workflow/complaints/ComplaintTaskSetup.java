package io.ardesk.workflow.complaints;

import io.ardesk.complaints.CaseReport;
import io.ardesk.complaints.Complaint;
import io.ardesk.complaints.ComplaintInvoice;
import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.Step;
import io.ardesk.language.TeamLanguage;
import io.ardesk.workflow.EngineText;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of every complaint task: a name with the business context ("Step 4/13: Hear the
 * reasons and claim calmly — Acme Ltd (C-2026-000012, quality)") and the facts its form shows
 * read-only, as task variables, so that the process keeps only ids and decision inputs.
 */
@Component("complaintTaskSetup")
public class ComplaintTaskSetup implements TaskListener {
  private final ComplaintService complaints;
  private final TeamLanguage language;

  ComplaintTaskSetup(ComplaintService complaints, TeamLanguage language) {
    this.complaints = complaints;
    this.language = language;
  }

  @Override
  public void notify(DelegateTask task) {
    ComplaintTask kind = ComplaintTask.of(task);
    Complaint complaint = complaints.get((String) task.getVariable(ComplaintProcess.COMPLAINT_NO));
    String department = kind == ComplaintTask.PREVENTIVE_ACTION
        ? (String) task.getVariable(ComplaintProcess.DEPARTMENT) : null;
    task.setName(EngineText.clip(name(kind, complaint, department, language), EngineText.NAME_LIMIT));
    task.setVariablesLocal(facts(complaint, department, language));
    if (kind == ComplaintTask.HEAR_REASONS) {
      // a number field shows only a number: the claim received, as the form will send it back
      task.setVariableLocal("claimAmount", complaint.getClaimAmount().doubleValue());
    }
  }

  /** The task's name in the team's language: step, customer, complaint number and category. */
  static String name(ComplaintTask kind, Complaint complaint, String department, TeamLanguage language) {
    Step step = kind.step();
    String customer = complaint.getCustomerName();
    String no = complaint.getComplaintNo();
    String category = CaseReport.category(complaint.getCategory(), language);
    return switch (kind) {
      case ESCALATION -> language.text("task.complaint.escalation", language.dateTime(complaint.getFirstResponseDue()),
          customer, no, category);
      case PREVENTIVE_ACTION -> language.text("task.complaint.preventive",
          language.textOr("complaint.department." + department, String.valueOf(department)), customer, no, category);
      default -> language.text("task.complaint.step", String.valueOf(step.number()),
          language.textOr("complaint.step." + step.number(), step.title()), customer, no, category);
    };
  }

  /** The complaint's facts as the task's form shows them read-only, in the team's language. */
  static Map<String, Object> facts(Complaint complaint, String department, TeamLanguage language) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("customerName", language.text("complaint.facts.customer", complaint.getCustomerName(),
        complaint.getCustomerNo()));
    facts.put("category", CaseReport.category(complaint.getCategory(), language));
    facts.put("description", complaint.getDescription());
    facts.put("claim", language.money(complaint.getClaimAmount(), complaint.getCurrency()));
    facts.put("invoices", complaint.getInvoices().isEmpty() ? language.text("complaint.facts.noInvoices")
        : EngineText.firstOf(complaint.getInvoices().stream().map(ComplaintInvoice::getInvoiceNo).toList(), 20));
    facts.put("receivedAt", language.dateTime(complaint.getReceivedAt()));
    facts.put("firstResponseDue", language.dateTime(complaint.getFirstResponseDue()));
    facts.put("caseReport", CaseReport.of(complaint, language));
    facts.put("departmentName", department == null ? null
        : language.textOr("complaint.department." + department, department));
    // String variables hold 4,000 characters: the record itself keeps every word (GET /api/complaints/{no})
    facts.replaceAll((key, value) -> value instanceof String text ? EngineText.clip(text, EngineText.TEXT_LIMIT) : value);
    return facts;
  }
}
