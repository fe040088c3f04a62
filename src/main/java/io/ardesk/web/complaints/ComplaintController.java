package io.ardesk.web.complaints;

import io.ardesk.complaints.ComplaintFigures;
import io.ardesk.complaints.ComplaintReportService;
import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.Amount;
import io.ardesk.ledger.Limits;
import io.ardesk.workflow.complaints.ComplaintIntake;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints (docs/domain.md §10): receive one, read one with its steps, and the complaint report. */
@RestController
public class ComplaintController {
  static final String ANY_ROLE_GROUP =
      "hasAnyRole('SALES','FINANCE','CREDIT','SUPERVISOR','PROCESS_OWNER','ADMIN')";
  static final String REPORT_READERS = "hasAnyRole('SUPERVISOR','PROCESS_OWNER','ADMIN')";

  private final ComplaintIntake intake;
  private final ComplaintService complaints;
  private final ComplaintReportService reports;

  ComplaintController(ComplaintIntake intake, ComplaintService complaints, ComplaintReportService reports) {
    this.intake = intake;
    this.complaints = complaints;
    this.reports = reports;
  }

  /** A complaint as the API receives it; {@code category} e.g. {@code QUALITY}, {@code claimAmount} optional. */
  public record ComplaintRequest(@Size(max = Limits.CUSTOMER_NO) String customerNo,
      @Size(max = Limits.CODE) String category, @Size(max = Limits.LONG_TEXT) String description,
      @Size(max = 100) List<@Size(max = Limits.DOCUMENT_NO) String> invoiceNos,
      @Amount BigDecimal claimAmount) {}

  public record Created(String complaintNo) {}

  /** Receives a complaint and starts its handling: 201 with the complaint number, 422 naming each bad field. */
  @PostMapping("/api/complaints")
  @PreAuthorize(ANY_ROLE_GROUP)
  public ResponseEntity<Created> receive(@RequestBody @Valid ComplaintRequest request, Authentication user) {
    var received = intake.open(new NewComplaint(request.customerNo(), request.category(), request.description(),
        request.invoiceNos(), request.claimAmount(), ComplaintSource.API, null), user.getName());
    return ResponseEntity.created(URI.create("/api/complaints/" + received.complaintNo()))
        .body(new Created(received.complaintNo()));
  }

  /** The complaint, its invoices, its step log, departments and credit notes. */
  @GetMapping("/api/complaints/{complaintNo}")
  @PreAuthorize(ANY_ROLE_GROUP)
  public ComplaintView get(@PathVariable String complaintNo) {
    return ComplaintView.of(complaints.get(complaintNo));
  }

  /**
   * Complaints received from {@code from} to {@code to} (inclusive): counts by category and outcome,
   * the share answered within the first-response deadline, the average hours to close.
   */
  @GetMapping("/api/reports/complaints")
  @PreAuthorize(REPORT_READERS)
  public ComplaintFigures report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return reports.figures(from, to);
  }
}
