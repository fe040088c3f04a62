package io.ardesk.web;

import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.StatementCadence;
import io.ardesk.statements.StatementPdf;
import io.ardesk.statements.StatementView;
import io.ardesk.statements.Statements;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statements of account as sent (docs/domain.md §11): the list, one as JSON or PDF, the customer's signed
 * copy, and the cadence.
 */
@RestController
@RequestMapping("/api/customers/{customerNo}")
public class StatementController {
  /** Statements are read by the ledger side: finance, credit, supervisors, process owners. */
  static final String READ_STATEMENTS = "hasAnyRole('FINANCE','CREDIT','SUPERVISOR','PROCESS_OWNER','ADMIN')";
  static final String WRITE_CADENCE = "hasAnyRole('FINANCE','CREDIT','ADMIN')";

  private final Statements statements;
  private final StatementPdf pdf;
  private final CustomerService customers;

  StatementController(Statements statements, StatementPdf pdf, CustomerService customers) {
    this.statements = statements;
    this.pdf = pdf;
    this.customers = customers;
  }

  /** A statement in a list: without its documents. */
  public record StatementSummary(String month, String periodFrom, String periodTo, String cadence, String currency,
      String openingBalance, String closingBalance, String status, String delivery, String sentOn,
      String answeredOn, String signerName, List<String> disputedInvoices, String complaintNo, String signedCopy) {
    static StatementSummary of(StatementView s) {
      return new StatementSummary(s.month(), s.periodFrom().toString(), s.periodTo().toString(), s.cadence(),
          s.currency(), s.openingBalance().toPlainString(), s.closingBalance().toPlainString(), s.status(),
          s.delivery(), text(s.sentOn()), text(s.answeredOn()), s.signerName(), s.disputedInvoices(), s.complaintNo(),
          s.signedCopy());
    }

    private static String text(Object value) {
      return value == null ? null : value.toString();
    }
  }

  @GetMapping("/statements")
  @PreAuthorize(READ_STATEMENTS)
  @Operation(summary = "The customer's statements of account, newest first, with their status")
  public List<StatementSummary> list(@PathVariable String customerNo) {
    return statements.list(customerNo).stream().map(StatementSummary::of).toList();
  }

  @GetMapping(value = "/statements/{month}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
  @PreAuthorize(READ_STATEMENTS)
  @Operation(summary = "One statement of account (month yyyy-MM) as sent, or the draft (status DRAFT) of a month not made yet: JSON, or the PDF copy with Accept: application/pdf")
  public ResponseEntity<?> get(@PathVariable String customerNo, @PathVariable String month,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    StatementView statement = statements.getOrDraft(customerNo, month(month));
    if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE) && !accept.contains("json")) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"statement-" + customerNo + "-" + month + ".pdf\"")
          .body(pdf.render(statement.content()));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statement);
  }

  @PostMapping(value = "/statements/{month}/signed-copy")
  @PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
  @Operation(summary = "Keep the customer's signed copy (scan) of a statement: body application/pdf, image/png or"
      + " image/jpeg, at most 5 MB; replaces an earlier one")
  public StatementSummary attachSignedCopy(@PathVariable String customerNo, @PathVariable String month,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestParam(required = false) String fileName, @RequestBody byte[] content, Authentication caller) {
    return StatementSummary.of(statements.attachSignedCopy(customerNo, month(month), fileName, contentType, content,
        caller.getName()));
  }

  @GetMapping("/statements/{month}/signed-copy")
  @PreAuthorize(READ_STATEMENTS)
  @Operation(summary = "The customer's signed copy of a statement, as uploaded")
  public ResponseEntity<byte[]> signedCopy(@PathVariable String customerNo, @PathVariable String month) {
    var copy = statements.signedCopy(customerNo, month(month))
        .orElseThrow(() -> new NotFoundException("signed copy", "month", customerNo + " " + month));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(copy.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + copy.fileName() + "\"")
        .body(copy.content());
  }

  public record CadenceChange(StatementCadence cadence, @Size(max = 500) String reason) {}

  @PutMapping("/statement-cadence")
  @PreAuthorize(WRITE_CADENCE)
  @Operation(summary = "How often the customer gets a statement: MONTHLY, QUARTERLY, NONE; null: the key-account default")
  public StatementCadence changeCadence(@PathVariable String customerNo, @RequestBody @Valid CadenceChange change,
      Authentication caller) {
    return customers.changeStatementCadence(customerNo, change.cadence(), caller.getName(), change.reason())
        .getStatementCadence();
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "month must be yyyy-MM, e.g. 2026-01");
    }
  }
}
