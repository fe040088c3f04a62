package io.ardesk.web;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.Amount;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.Limits;
import io.ardesk.ledger.customer.CreditTerms;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.customer.ProfileChange;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.ledger.report.Statement;
import io.ardesk.ledger.report.StatementService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer master over HTTP (docs/domain.md §3). */
@RestController
@RequestMapping("/api/customers")
public class CustomerController {
  private final CustomerService customers;
  private final StatementService statements;
  private final LedgerQueries queries;
  private final Clock clock;
  private final CollectionCaseService cases;

  CustomerController(CustomerService customers, StatementService statements, LedgerQueries queries, Clock clock,
      CollectionCaseService cases) {
    this.cases = cases;
    this.customers = customers;
    this.statements = statements;
    this.queries = queries;
    this.clock = clock;
  }

  /** A PATCH body: profile fields (sales, credit), credit fields and status (credit only), and why. */
  public record CustomerPatch(
      @Size(max = Limits.NAME) String name, @Size(max = Limits.ADDRESS) String address,
      @Size(max = Limits.NAME) String contactPerson, @Size(max = Limits.NAME) String principal,
      @Size(max = Limits.PHONE) String phone, @Size(max = Limits.EMAIL) String email,
      @Size(max = Limits.BANK_ACCOUNT) String bankAccount, @Size(max = Limits.CURRENCY) String currency,
      @Size(max = Limits.USER_ID) String salesperson, @Size(max = Limits.TERRITORY) String territory,
      @Size(max = Limits.USER_ID) String ledgerAdministrator,
      LocalDate foundedOn, Boolean keyAccount, @Size(max = Limits.LANGUAGE) String language,
      @Amount BigDecimal creditLimit,
      @Size(max = Limits.GRADE) String grade, SettlementMethod settlementMethod,
      Integer paymentTermsDays,
      LocalDate lastReviewDate, LocalDate nextReviewDate, CustomerStatus status,
      @Size(max = Limits.REASON) String reason) {

    /** Fields only credit may change: the credit fields and status, and those that hide the ledger or route work. */
    List<String> creditFields() {
      var fields = new ArrayList<String>();
      if (currency != null) fields.add("currency");
      if (salesperson != null) fields.add("salesperson");
      if (ledgerAdministrator != null) fields.add("ledgerAdministrator");
      if (creditLimit != null) fields.add("creditLimit");
      if (grade != null) fields.add("grade");
      if (settlementMethod != null) fields.add("settlementMethod");
      if (paymentTermsDays != null) fields.add("paymentTermsDays");
      if (lastReviewDate != null) fields.add("lastReviewDate");
      if (nextReviewDate != null) fields.add("nextReviewDate");
      if (status != null) fields.add("status");
      return fields;
    }
  }

  public record HoldRequest(@Size(max = Limits.CODE) String cause, @Size(max = Limits.REFERENCE) String reference,
      @Size(max = Limits.REASON) String reason) {}

  /**
   * Lifting a hold: a supervisor with a reason; for a collection case's hold ({@code COLLECTION_CASE}),
   * {@code pauseUntil} also pauses the case's stop supply until that date (else the case places it again).
   */
  public record HoldLift(@Size(max = Limits.CODE) String cause, @Size(max = Limits.REFERENCE) String reference,
      @Size(max = Limits.REASON) String reason, LocalDate pauseUntil) {}

  public record HistoryEntry(String field, String oldValue, String newValue, String changedAt, String changedBy,
      String reason, String approvedBy, String requestNo) {}

  /** A change that waits for a supervisor (202): the request, what it asks, and the customer as it is now. */
  public record PendingChange(String requestNo, String status, List<String> changes, String requestedBy,
      String reason, String decidedBy, String decisionReason, CustomerView customer) {}

  @PostMapping
  @PreAuthorize(Roles.WRITE_CUSTOMERS)
  @Operation(summary = "Open a customer; credit fields (limit, grade, settlement, terms) only by credit")
  @Transactional
  public ResponseEntity<CustomerView> create(@RequestBody @Valid NewCustomer request, Authentication caller) {
    if (request.setsCreditFields() && !Roles.mayWriteCreditFields(caller)) {
      throw new AccessDeniedException("credit fields may be set only by the credit department");
    }
    var posted = customers.create(request, caller.getName());
    var view = CustomerView.of(posted.value(), customers.activeHolds(posted.value().getCustomerNo()));
    return ResponseEntity.status(posted.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
  }

  @GetMapping("/{customerNo}")
  @PreAuthorize(Roles.READ)
  @Transactional(readOnly = true)
  public CustomerView get(@PathVariable String customerNo) {
    return CustomerView.of(customers.get(customerNo), customers.activeHolds(customerNo));
  }

  @PatchMapping("/{customerNo}")
  @PreAuthorize(Roles.WRITE_CUSTOMERS)
  @Operation(summary = "Change a customer; credit fields, status, currency, salesperson and ledger administrator "
      + "only by credit, with a reason; what loosens credit answers 202 and waits for a supervisor")
  @Transactional
  public ResponseEntity<?> patch(@PathVariable String customerNo, @RequestBody @Valid CustomerPatch patch,
      Authentication caller) {
    var creditFields = patch.creditFields();
    if (!creditFields.isEmpty() && !Roles.mayWriteCreditFields(caller)) {
      throw new AccessDeniedException("only the credit department may change " + String.join(", ", creditFields));
    }
    String actor = caller.getName();
    customers.updateProfile(customerNo, new ProfileChange(patch.name(), patch.address(), patch.contactPerson(),
        patch.principal(), patch.phone(), patch.email(), patch.bankAccount(), patch.currency(), patch.salesperson(),
        patch.territory(), patch.ledgerAdministrator(), patch.foundedOn(), patch.keyAccount(), patch.language()),
        actor, patch.reason());
    var outcome = customers.changeCredit(customerNo, new CreditTerms(patch.creditLimit(), patch.grade(),
        patch.settlementMethod(), patch.paymentTermsDays(), patch.lastReviewDate(), patch.nextReviewDate()),
        patch.status(), actor, patch.reason());
    if (outcome.pending().isPresent()) {
      var request = outcome.pending().get();
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .header("Location", "/api/customers/" + customerNo + "/credit-change-requests/" + request.getRequestNo())
          .body(pending(request));
    }
    return ResponseEntity.ok(get(customerNo));
  }

  @GetMapping("/{customerNo}/credit-change-requests/{requestNo}")
  @PreAuthorize(Roles.READ)
  @Operation(summary = "A credit change waiting for (or decided by) a supervisor")
  @Transactional(readOnly = true)
  public PendingChange creditChangeRequest(@PathVariable String customerNo, @PathVariable String requestNo) {
    var request = customers.creditChangeRequest(requestNo);
    if (!request.getCustomerNo().equals(customerNo)) {
      throw new io.ardesk.ledger.NotFoundException("credit change request", "requestNo", requestNo);
    }
    return pending(request);
  }

  private PendingChange pending(io.ardesk.ledger.customer.CreditChangeRequest request) {
    String customerNo = request.getCustomerNo();
    return new PendingChange(request.getRequestNo(), request.getStatus().name(), request.changes(),
        request.getRequestedBy(), request.getReason(), request.getDecidedBy(), request.getDecisionReason(),
        CustomerView.of(customers.get(customerNo), customers.activeHolds(customerNo)));
  }

  @GetMapping("/{customerNo}/history")
  @PreAuthorize(Roles.READ)
  @Operation(summary = "Every change of every field, and every credit change request and its decision: who, when, old, new, why, approver")
  public List<HistoryEntry> history(@PathVariable String customerNo) {
    return customers.history(customerNo).stream().map(c -> new HistoryEntry(c.getField(), c.getOldValue(),
        c.getNewValue(), c.getChangedAt().toString(), c.getChangedBy(), c.getReason(), c.getApprovedBy(),
        c.getRequestNo())).toList();
  }

  @PostMapping("/{customerNo}/holds")
  @PreAuthorize(Roles.WRITE_CREDIT)
  @Operation(summary = "Stop supply for a cause; the customer is CREDIT_HOLD while any hold is active")
  @Transactional
  public CustomerView placeHold(@PathVariable String customerNo, @RequestBody @Valid HoldRequest hold,
      Authentication caller) {
    customers.placeHold(customerNo, hold.cause(), hold.reference(), caller.getName(), hold.reason());
    return get(customerNo);
  }

  @PostMapping("/{customerNo}/holds/lift")
  @PreAuthorize("hasAnyRole('CREDIT','SUPERVISOR','ADMIN')")
  @Operation(summary = "A supervisor lifts the holds of a cause (and reference, when given) with a reason (403 for "
      + "anyone else: a hold is lifted by its cause); pauseUntil also pauses a collection case's stop supply until then")
  @Transactional
  public CustomerView liftHold(@PathVariable String customerNo, @RequestBody @Valid HoldLift hold,
      Authentication caller) {
    customers.checkHoldLift(caller.getName(), hold.reason());
    if (hold.pauseUntil() != null) {
      if (!CollectionCaseService.HOLD_CAUSE.equals(hold.cause())) {
        throw new InvalidInputException("pauseUntil", "only a collection case's stop supply (cause "
            + CollectionCaseService.HOLD_CAUSE + ") is paused");
      }
      cases.pauseStopSupply(customerNo, hold.pauseUntil(), hold.reason(), caller.getName());
    }
    customers.liftHoldAsSupervisor(customerNo, hold.cause(), hold.reference(), caller.getName(), hold.reason());
    return get(customerNo);
  }

  @GetMapping("/{customerNo}/statement")
  @PreAuthorize(Roles.READ)
  @Operation(summary = "Statement of account for a month (yyyy-MM): opening balance, documents, closing balance, aging")
  public Statement statement(@PathVariable String customerNo, @RequestParam YearMonth month) {
    return statements.statement(customerNo, month);
  }

  @GetMapping("/{customerNo}/overdue-items")
  @PreAuthorize(Roles.READ)
  @Operation(summary = "Overdue items as of a date (default today); disputed ones only when asked")
  public List<OverdueItem> overdueItems(@PathVariable String customerNo,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "false") boolean includeDisputed) {
    return queries.overdueItems(customerNo, asOf == null ? LocalDate.now(clock) : asOf, includeDisputed);
  }
}
