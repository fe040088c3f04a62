package io.ardesk.web.complaints;

import io.ardesk.complaints.Complaint;
import io.ardesk.complaints.ComplaintCreditNote;
import io.ardesk.complaints.ComplaintInvoice;
import io.ardesk.complaints.DepartmentNotice;
import io.ardesk.complaints.StepEntry;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A complaint as {@code GET /api/complaints/{complaintNo}} shows it. */
public record ComplaintView(
    String complaintNo,
    String customerNo,
    String customerName,
    String salesperson,
    String category,
    String description,
    BigDecimal claimAmount,
    String currency,
    String source,
    String sourceReference,
    LocalDateTime receivedAt,
    String receivedBy,
    String status,
    FirstResponse firstResponse,
    String reasons,
    String keyProblem,
    String cause,
    String customerSuggestion,
    Solution solution,
    String outcome,
    LocalDateTime settledAt,
    String lesson,
    String supervisorComment,
    LocalDateTime closedAt,
    Integer minutesToClose,
    List<Invoice> invoices,
    List<Department> departments,
    List<CreditNote> creditNotes,
    List<Step> steps) {

  public record FirstResponse(LocalDateTime due, LocalDateTime respondedAt, Integer minutes, boolean missed,
      LocalDateTime escalatedAt) {}

  public record Solution(int round, String kind, String description, BigDecimal creditAmount, String creditInvoiceNo,
      boolean agreed, boolean applied) {}

  public record Invoice(String invoiceNo, boolean disputed, LocalDateTime disputedAt, LocalDateTime releasedAt,
      String releaseReason) {}

  public record Department(String department, String preventiveAction, String recordedBy, LocalDateTime recordedAt) {}

  public record CreditNote(String creditNoteNo, String invoiceNo, BigDecimal amount, LocalDateTime postedAt) {}

  public record Step(Integer stepNo, String step, String title, String outcome, String details, String recordedBy,
      LocalDateTime recordedAt) {}

  static ComplaintView of(Complaint c) {
    return new ComplaintView(c.getComplaintNo(), c.getCustomerNo(), c.getCustomerName(), c.getSalesperson(),
        c.getCategory().name(), c.getDescription(), c.getClaimAmount(), c.getCurrency(), c.getSource().name(),
        c.getSourceReference(), c.getReceivedAt(), c.getReceivedBy(), c.getStatus().name(),
        new FirstResponse(c.getFirstResponseDue(), c.getFirstRespondedAt(), c.getFirstResponseMinutes(),
            c.isFirstResponseMissed(), c.getEscalatedAt()),
        c.getReasons(), c.getKeyProblem(), c.getCause(), c.getCustomerSuggestion(),
        c.getSolutionKind() == null ? null : new Solution(c.getSolutionRound(), c.getSolutionKind().name(),
            c.getSolution(), c.getCreditAmount(), c.getCreditInvoiceNo(), c.isSolutionAgreed(),
            c.isSolutionApplied()),
        c.getOutcome() == null ? null : c.getOutcome().name(), c.getSettledAt(), c.getLesson(),
        c.getSupervisorComment(), c.getClosedAt(), c.getMinutesToClose(),
        c.getInvoices().stream().map(ComplaintView::invoice).toList(),
        c.getDepartments().stream().map(ComplaintView::department).toList(),
        c.getCreditNotes().stream().map(ComplaintView::creditNote).toList(),
        c.getSteps().stream().map(ComplaintView::step).toList());
  }

  private static Invoice invoice(ComplaintInvoice i) {
    return new Invoice(i.getInvoiceNo(), i.isDisputed(), i.getDisputedAt(), i.getReleasedAt(), i.getReleaseReason());
  }

  private static Department department(DepartmentNotice d) {
    return new Department(d.getDepartment().key(), d.getPreventiveAction(), d.getRecordedBy(), d.getRecordedAt());
  }

  private static CreditNote creditNote(ComplaintCreditNote n) {
    return new CreditNote(n.getCreditNoteNo(), n.getInvoiceNo(), n.getAmount(), n.getPostedAt());
  }

  private static Step step(StepEntry s) {
    return new Step(s.getStepNo(), s.getStep().name(), s.getStep().title(), s.getOutcome(), s.getDetails(),
        s.getRecordedBy(), s.getRecordedAt());
  }
}
