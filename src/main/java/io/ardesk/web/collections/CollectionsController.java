package io.ardesk.web.collections;

import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.Amount;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.collections.CollectionsRuns.RunProgress;
import io.ardesk.ledger.Limits;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import io.ardesk.workflow.collections.CollectionsRunRequests;
import java.net.URI;
import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Collection cases and collections runs (docs/domain.md §9). */
@RestController
@RequestMapping("/api/collections")
public class CollectionsController {

  static final String ANY_ROLE_GROUP =
      "hasAnyRole('SALES','FINANCE','CREDIT','SUPERVISOR','PROCESS_OWNER','ADMIN')";

  private final CollectionCaseService cases;
  private final CollectionCaseStarter starter;
  private final CollectionsRunRequests runs;
  private final Clock clock;

  CollectionsController(CollectionCaseService cases, CollectionCaseStarter starter, CollectionsRunRequests runs,
      Clock clock) {
    this.cases = cases;
    this.starter = starter;
    this.runs = runs;
    this.clock = clock;
  }

  public record RunRequest(LocalDate date) {}

  @Operation(summary = "Run collections now",
      description = "Starts a collections run as of the date (today when absent) and answers at once (202) with the"
          + " run's id and a Location to poll: the run starts the case of every customer with overdue, undisputed"
          + " items that has none and asks running cases to look again where the ledger changed, page by page."
          + " Running twice on a day changes nothing.")
  @PostMapping("/runs")
  @PreAuthorize("hasAnyRole('CREDIT','ADMIN')")
  public ResponseEntity<RunProgress> run(@RequestBody(required = false) @Valid RunRequest request, Authentication user) {
    LocalDate date = request != null && request.date() != null ? request.date() : LocalDate.now(clock);
    RunProgress run = runs.request(date, user.getName());
    return ResponseEntity.accepted().location(URI.create("/api/collections/runs/" + run.runId())).body(run);
  }

  @Operation(summary = "A collections run",
      description = "Status (RUNNING, DONE), pages done, customers evaluated, cases started and asked to look again.")
  @GetMapping("/runs/{runId}")
  @PreAuthorize(ANY_ROLE_GROUP)
  public RunProgress runProgress(@PathVariable long runId) {
    return runs.progress(runId);
  }

  @Operation(summary = "A customer's collection case",
      description = "Stage, overdue amount, oldest days past due, letters sent, open promise and the history of"
          + " actions and outcomes. The open case, or the latest closed one.")
  @GetMapping("/cases/{customerNo}")
  @PreAuthorize(ANY_ROLE_GROUP)
  public CaseView get(@PathVariable String customerNo) {
    return cases.view(customerNo);
  }

  /** A promise: date, amount and currency (ISO 4217; absent: the customer's). */
  public record PromiseRequest(LocalDate date, @Amount BigDecimal amount, String currency) {}

  @Operation(summary = "Record a promise to pay (付款承諾)",
      description = "The case waits until the date plus the grace days; a broken promise moves it on. The amount is"
          + " in `currency` (the customer's when absent); payments in any currency count at their payment date's rate.")
  @PostMapping("/cases/{customerNo}/promises")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('CREDIT','SALES','ADMIN')")
  public CaseView.Promise promise(@PathVariable String customerNo, @RequestBody @Valid PromiseRequest request,
      Authentication user) {
    if (request == null) {
      throw new InvalidInputException("date", "send the promised date and amount");
    }
    var promise = cases.recordPromise(customerNo, request.date(), request.amount(), request.currency(), user.getName());
    starter.notifyCase(customerNo, "PromiseRecorded");
    return new CaseView.Promise(promise.getPromisedOn(), promise.getAmount(), promise.getCurrency(),
        promise.getStatus().name(),
        promise.getPaidAmount(), promise.getRecordedBy(), promise.getRecordedAt());
  }
}
