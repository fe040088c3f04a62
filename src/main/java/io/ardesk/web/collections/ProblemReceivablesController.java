package io.ardesk.web.collections;

import io.ardesk.collections.CaseMeasures;
import io.ardesk.collections.CollectionMeasure;
import io.ardesk.collections.InterestRate;
import io.ardesk.collections.ProblemReceivable;
import io.ardesk.collections.ProblemReceivables;
import io.ardesk.ledger.Limits;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Problem receivables (問題貨款, docs/domain.md §7), penalty interest rates and auxiliary measures (§8, §9). */
@RestController
public class ProblemReceivablesController {
  static final String REPORT_READERS = "hasAnyRole('CREDIT','SUPERVISOR','PROCESS_OWNER','FINANCE','ADMIN')";

  private final ProblemReceivables problems;
  private final CaseMeasures measures;

  ProblemReceivablesController(ProblemReceivables problems, CaseMeasures measures) {
    this.problems = problems;
    this.measures = measures;
  }

  public record Reason(@Size(max = Limits.REASON) String reason) {}

  public record FlagView(String customerNo, String kind, BigDecimal amount, String currency, LocalDate flaggedOn,
      LocalDateTime flaggedAt, String flaggedBy, String reason, LocalDateTime clearedAt, String clearedBy,
      String clearReason, boolean active) {
    static FlagView of(ProblemReceivable f) {
      return new FlagView(f.getCustomerNo(), f.getKind().name(), f.getAmount(), f.getCurrency(), f.getFlaggedOn(),
          f.getFlaggedAt(), f.getFlaggedBy(), f.getReason(), f.getClearedAt(), f.getClearedBy(), f.getClearReason(),
          f.isActive());
    }
  }

  @Operation(summary = "Flag a customer for obvious fraud (明顯上當受騙)",
      description = "Credit department only, with a reason; the customer's collection case gets a supervisor-support task.")
  @PostMapping("/api/customers/{customerNo}/fraud-flag")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(CollectionsController.ANY_ROLE_GROUP)
  public FlagView flagFraud(@PathVariable String customerNo, @RequestBody @Valid Reason body, Authentication user) {
    return FlagView.of(problems.flagFraud(customerNo, body.reason(), user.getName()));
  }

  @Operation(summary = "Clear a customer's fraud flag", description = "Credit department only, with a reason.")
  @PostMapping("/api/customers/{customerNo}/fraud-flag/clearance")
  @PreAuthorize(CollectionsController.ANY_ROLE_GROUP)
  public FlagView clearFraud(@PathVariable String customerNo, @RequestBody @Valid Reason body, Authentication user) {
    return FlagView.of(problems.clearFraud(customerNo, body.reason(), user.getName()));
  }

  @Operation(summary = "Every problem-receivable flag the customer had, active and cleared")
  @GetMapping("/api/customers/{customerNo}/problem-receivables")
  @PreAuthorize(CollectionsController.ANY_ROLE_GROUP)
  public List<FlagView> flags(@PathVariable String customerNo) {
    return problems.history(customerNo).stream().map(FlagView::of).toList();
  }

  @Operation(summary = "Problem receivables: flagged customers with kind, amount and age",
      description = "Active flags (DISPUTE, NO_SHIPMENT, TERMS_BROKEN, FRAUD) with the amount, the days since the flag"
          + " and the customer's oldest open item; totals per kind and currency.")
  @GetMapping("/api/reports/problem-receivables")
  @PreAuthorize(REPORT_READERS)
  public ProblemReceivables.Report report() {
    return problems.report();
  }

  public record RateRequest(BigDecimal annualRate, @Size(max = Limits.REASON) String reason) {}

  public record RateView(String scope, String key, BigDecimal annualRate, LocalDateTime setAt, String setBy,
      String reason) {
    static RateView of(InterestRate r) {
      return new RateView(r.getScope(), r.getScopeKey(), r.getAnnualRate(), r.getSetAt(), r.getSetBy(), r.getReason());
    }
  }

  @Operation(summary = "Set the customer's penalty interest rate (a year: 0.1825 = 18.25 %)")
  @PutMapping("/api/customers/{customerNo}/interest-rate")
  @PreAuthorize("hasAnyRole('CREDIT','ADMIN')")
  public RateView customerRate(@PathVariable String customerNo, @RequestBody @Valid RateRequest body,
      Authentication user) {
    return RateView.of(measures.setCustomerRate(customerNo, body.annualRate(), body.reason(), user.getName()));
  }

  @Operation(summary = "Set a contract's penalty interest rate; it wins over the customer's for the contract's invoices")
  @PutMapping("/api/contracts/{contractNo}/interest-rate")
  @PreAuthorize("hasAnyRole('CREDIT','ADMIN')")
  public RateView contractRate(@PathVariable String contractNo, @RequestBody @Valid RateRequest body,
      Authentication user) {
    return RateView.of(measures.setContractRate(contractNo, body.annualRate(), body.reason(), user.getName()));
  }

  public record MeasureRequest(@Size(max = Limits.REASON) String note) {}

  public record MeasureView(Long id, LocalDateTime requestedAt, String requestedBy, String decision,
      String decidedBy, BigDecimal amount, String currency, BigDecimal discountPercent, LocalDate payBy,
      String chargeNo) {
    static MeasureView of(CollectionMeasure m) {
      return new MeasureView(m.getId(), m.getRequestedAt(), m.getRequestedBy(),
          m.getDecision() == null ? null : m.getDecision().name(), m.getDecidedBy(), m.getAmount(), m.getCurrency(),
          m.getDiscountPercent(), m.getPayBy(), m.getChargeNo());
    }
  }

  @Operation(summary = "Ask a supervisor for an auxiliary measure (penalty interest or a cash discount)",
      description = "The customer's open case gets a decision task for supervisor.")
  @PostMapping("/api/collections/cases/{customerNo}/measure-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('CREDIT','ADMIN')")
  public MeasureView requestMeasure(@PathVariable String customerNo, @RequestBody(required = false) @Valid
      MeasureRequest body, Authentication user) {
    return MeasureView.of(measures.request(customerNo, body == null ? null : body.note(), user.getName()));
  }
}
