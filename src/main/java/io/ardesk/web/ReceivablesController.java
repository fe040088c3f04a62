package io.ardesk.web;

import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.NotFoundException;
import io.ardesk.ledger.report.AgingService;
import io.ardesk.ledger.report.CashForecast;
import io.ardesk.ledger.report.CashForecastService;
import io.ardesk.ledger.report.ComingAction;
import io.ardesk.ledger.report.CustomerAging;
import io.ardesk.ledger.report.ReceivablesQueries;
import io.ardesk.ledger.report.WorklistEntry;
import io.ardesk.ledger.report.WorklistService;
import io.ardesk.workflow.collections.ComingActions;
import io.ardesk.workflow.complaints.ComplaintSteps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the Cockpit "Receivables" dashboard and the Tasklist "Customer" tab read: the cash-in
 * forecast, the calendar of coming actions, the case and complaint figures, the worklist ranked by
 * expected loss, a customer's overview and its archived letters.
 */
@RestController
@PreAuthorize(Roles.READ)
public class ReceivablesController {
  private final CashForecastService forecasts;
  private final ComingActions comingActions;
  private final WorklistService worklist;
  private final ReceivablesQueries queries;
  private final AgingService aging;
  private final CollectionCaseService cases;
  private final ComplaintSteps complaintSteps;
  private final io.ardesk.ledger.customer.CustomerService customers;
  private final Clock clock;
  private final io.ardesk.workflow.TaskCustomers taskCustomers;

  ReceivablesController(io.ardesk.workflow.TaskCustomers taskCustomers, io.ardesk.ledger.customer.CustomerService customers, CashForecastService forecasts, ComingActions comingActions, WorklistService worklist,
      ReceivablesQueries queries, AgingService aging, CollectionCaseService cases, ComplaintSteps complaintSteps,
      Clock clock) {
    this.forecasts = forecasts;
    this.comingActions = comingActions;
    this.worklist = worklist;
    this.queries = queries;
    this.aging = aging;
    this.cases = cases;
    this.complaintSteps = complaintSteps;
    this.customers = customers;
    this.taskCustomers = taskCustomers;
    this.clock = clock;
  }

  @GetMapping("/api/reports/cash-forecast")
  @Operation(summary = "Cash-in forecast per week: open undisputed items on their due date plus the customer's "
      + "average days late, open promises on their dates, late items times the recovery curve")
  public CashForecast cashForecast(
      @Parameter(description = "first day of week 1, default today") @RequestParam(required = false)
      @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @Parameter(description = "1 to 52, default 13") @RequestParam(defaultValue = "13") int weeks,
      @RequestParam(required = false) String currency) {
    return forecasts.forecast(from == null ? LocalDate.now(clock) : from, weeks, currency);
  }

  @GetMapping("/api/reports/coming-actions")
  @Operation(summary = "Calendar of the coming days: each case's next stage or look-again date from the "
      + "engine's timers, promised payment dates, extension ends, credit reviews")
  public List<ComingAction> comingActions(@RequestParam(defaultValue = "30") int days) {
    return comingActions.comingActions(days);
  }

  /** Cases by stage, their moves in the month, complaints open by step and category. */
  public record CaseFigures(YearMonth month, List<ReceivablesQueries.StageLine> byStage,
      ReceivablesQueries.CaseMoves moves, Map<String, Long> openComplaintsByStep,
      Map<String, Long> openComplaintsByCategory) {}

  @GetMapping("/api/reports/case-figures")
  @Operation(summary = "Open collection cases by stage (count, overdue amount), how cases moved in the month "
      + "(entered, left paid, escalated) and open complaints by step and by category")
  public CaseFigures caseFigures(@Parameter(description = "yyyy-MM, default this month")
      @RequestParam(required = false) YearMonth month) {
    YearMonth m = month == null ? YearMonth.now(clock) : month;
    return new CaseFigures(m, queries.casesByStage(), queries.caseMoves(m.atDay(1), m.atEndOfMonth()),
        complaintSteps.openByStep(), queries.openComplaintsByCategory());
  }

  @GetMapping("/api/collections/worklist")
  @Operation(summary = "Open collection cases ranked by expected loss = Σ overdue open amount × (1 − recovery "
      + "probability at the item's days past due), with the reason in words and the Tasklist priority")
  public List<WorklistEntry> worklist(@Parameter(description = "default today") @RequestParam(required = false)
      @DateTimeFormat(iso = ISO.DATE) LocalDate asOf) {
    return worklist.worklist(asOf == null ? LocalDate.now(clock) : asOf);
  }

  /** Everything a collector needs on the phone about one customer. */
  public record CustomerOverview(String customerNo, String name, String currency, LocalDate asOf,
      List<String> buckets, CustomerAging aging, List<ReceivablesQueries.OpenItem> openItems, CaseView collectionCase,
      List<ReceivablesQueries.Letter> letters, List<CaseView.Promise> openPromises,
      List<ReceivablesQueries.ComplaintLine> complaints, ReceivablesQueries.Assessment lastCreditAssessment) {}

  @GetMapping("/api/customers/{customerNo}/overview")
  @Operation(summary = "A customer at a glance: aging, open items with days past due, collection case (stage, "
      + "history), letters, open promises, complaints, last credit assessment")
  public CustomerOverview overview(@PathVariable String customerNo) {
    LocalDate today = LocalDate.now(clock);
    var customer = customers.get(customerNo);
    var items = queries.openItems(customerNo, today);
    var report = aging.aging(today, customer.getCurrency(), customerNo);
    CustomerAging line = report.customers().isEmpty() ? null : report.customers().get(0);
    CaseView view = null;
    try {
      view = cases.view(customerNo);
    } catch (NotFoundException none) {
      // no case ever: nothing overdue so far
    }
    List<CaseView.Promise> open = view == null ? List.of()
        : view.promises().stream().filter(p -> "OPEN".equals(p.status())).toList();
    return new CustomerOverview(customerNo, customer.getName(), report.currency(), today, report.buckets(), line, items, view,
        queries.letters(customerNo), open, queries.complaints(customerNo),
        queries.lastAssessment(customerNo).orElse(null));
  }

  public record TaskCustomer(String taskId, String customerNo) {}

  @GetMapping("/api/tasks/{taskId}/customer")
  @Operation(summary = "The customer a task is about (customerNo variable, else the business key), for a task "
      + "the user may see in Tasklist; customerNo null when the task is about no customer")
  public TaskCustomer taskCustomer(@PathVariable String taskId, org.springframework.security.core.Authentication user) {
    return new TaskCustomer(taskId, taskCustomers.customerOf(taskId, user.getName()).orElse(null));
  }

  @GetMapping("/api/letters/{id}")
  @Operation(summary = "An archived letter as it was written (HTML letters shown sandboxed)")
  public ResponseEntity<String> letter(@PathVariable long id) {
    var letter = queries.letter(id);
    boolean html = "HTML".equals(letter.format());
    return ResponseEntity.ok()
        .contentType(html ? MediaType.parseMediaType("text/html;charset=UTF-8")
            : MediaType.parseMediaType("text/plain;charset=UTF-8"))
        // the letter's HTML is shown, never run: no scripts, no forms, no same-origin access
        .header("Content-Security-Policy",
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'")
        .header("X-Content-Type-Options", "nosniff")
        .body(letter.body());
  }
}
