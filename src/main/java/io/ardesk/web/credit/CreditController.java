package io.ardesk.web.credit;

import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.domain.CreditInputs;
import io.ardesk.credit.domain.FieldProblem;
import io.ardesk.credit.domain.InvalidCreditInputException;
import io.ardesk.credit.review.CreditAssessment;
import io.ardesk.credit.review.CreditAssessments;
import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.credit.review.RiskSignalCode;
import io.ardesk.credit.review.RiskSignals;
import io.ardesk.credit.review.UnknownCustomerException;
import io.ardesk.ledger.Limits;
import io.ardesk.workflow.credit.CreditReviewProcess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import io.ardesk.language.TeamLanguage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Credit assessments and risk signals of a customer (docs/domain.md §6). */
@RestController
public class CreditController {

  private final CreditAssessments assessments;
  private final RiskSignals riskSignals;
  private final CreditReviewProcess reviewProcess;

  private final TeamLanguage language;

  public CreditController(CreditAssessments assessments, RiskSignals riskSignals, CreditReviewProcess reviewProcess,
      TeamLanguage language) {
    this.language = language;
    this.assessments = assessments;
    this.riskSignals = riskSignals;
    this.reviewProcess = reviewProcess;
  }

  /**
   * The 18 item scores (0–10, by item code) and the figures; {@code foundingDate} (yyyy-MM-dd) is
   * optional, the customer master's is used without it.
   */
  public record AssessmentRequest(
      Map<String, Object> characteristics, Map<String, Object> financials, String foundingDate) {}

  public record AssessmentResponse(
      long assessmentId,
      String customerNo,
      String status,
      BigDecimal workingCapital,
      BigDecimal workingAssets,
      BigDecimal evaluationValue,
      BigDecimal limitPercent,
      BigDecimal workingAssetLimit,
      BigDecimal score,
      String grade,
      BigDecimal recommendedLimit,
      List<String> settlementMethods,
      int reviewIntervalMonths,
      List<String> warnings,
      String figuresBy,
      boolean figuresByFinance,
      String figuresConfirmedBy) {

    static AssessmentResponse of(CreditAssessment a) {
      return new AssessmentResponse(
          a.id(), a.customerNo(), a.status().name(), a.workingCapital(), a.workingAssets(), a.evaluationValue(),
          a.limitPercent(), a.workingAssetLimit(), a.score(), a.grade().name(), a.recommendedLimit(),
          a.allowedSettlementMethods().stream().map(Enum::name).toList(), a.reviewIntervalMonths(),
          a.warnings().stream().map(Enum::name).toList(), a.figuresBy(), a.figuresByFinance(), a.figuresConfirmedBy());
    }
  }

  @Operation(
      summary = "Compute a credit assessment without approving it",
      description = "Kept with its inputs; warning signs start a credit review (or join the running one).")
  @PostMapping("/api/customers/{customerNo}/credit-assessments")
  @PreAuthorize("hasAnyRole('CREDIT', 'FINANCE')")
  public ResponseEntity<AssessmentResponse> assess(
      @PathVariable String customerNo, @RequestBody @Valid AssessmentRequest request, Authentication user) {
    assessments.customer(customerNo);
    Map<String, Object> characteristics = request.characteristics() == null ? Map.of() : request.characteristics();
    Map<String, Object> financials = request.financials() == null ? Map.of() : request.financials();
    var inputs =
        CreditInputs.read(
            characteristics::get, characteristics.keySet(), "characteristics.",
            financials::get, request.foundingDate(), "financials.", "foundingDate");
    var assessment = assessments.assess(customerNo, null, inputs, user.getName());
    return ResponseEntity.created(URI.create("/api/customers/" + customerNo + "/credit-assessments/" + assessment.id()))
        .body(AssessmentResponse.of(assessment));
  }

  @Operation(
      summary = "Confirm the figures of an assessment someone else entered (finance or supervisor, not who entered them)",
      description = "A credit review skips finance's figures step only for figures finance entered or a "
          + "second person confirmed.")
  @PostMapping("/api/customers/{customerNo}/credit-assessments/{assessmentId}/figures-confirmation")
  @PreAuthorize("hasAnyRole('FINANCE', 'SUPERVISOR')")
  @org.springframework.transaction.annotation.Transactional
  public AssessmentResponse confirmFigures(@PathVariable String customerNo, @PathVariable long assessmentId,
      Authentication user) {
    return AssessmentResponse.of(assessments.confirmFigures(customerNo, assessmentId, user.getName()));
  }

  /** The customer's current grade and limit: its last approved assessment. */
  public record CurrentCredit(
      String customerNo, String grade, BigDecimal limit, String settlementMethod, Integer paymentTermsDays,
      LocalDate nextReviewDate, long assessmentId) {}

  @GetMapping("/api/customers/{customerNo}/credit")
  public ResponseEntity<CurrentCredit> current(@PathVariable String customerNo) {
    return assessments
        .current(customerNo)
        .map(a -> new CurrentCredit(
            customerNo, a.decidedGrade().name(), a.decidedLimit(), a.decidedSettlementMethod().name(),
            a.decidedPaymentTermsDays(), a.nextReviewDate(), a.id()))
        .map(ResponseEntity::ok)
        .orElse(ResponseEntity.notFound().build());
  }

  public record RiskSignalRequest(@Size(max = Limits.CODE) String code, @Size(max = Limits.NOTE) String note) {}

  public record RiskSignalResponse(long id, String customerNo, String code, String reportedBy, Long reviewId) {}

  @Operation(
      summary = "Report a risk signal on a customer",
      description = "Codes of docs/domain.md §6.5. Starts a credit review, or joins the one that runs.")
  @PostMapping("/api/customers/{customerNo}/risk-signals")
  @PreAuthorize("hasAnyRole('SALES', 'FINANCE', 'CREDIT', 'SUPERVISOR', 'PROCESS_OWNER', 'ADMIN')")
  public ResponseEntity<RiskSignalResponse> reportRiskSignal(
      @PathVariable String customerNo, @RequestBody @Valid RiskSignalRequest request, Authentication user) {
    RiskSignalCode code = riskSignalCode(request.code());
    var signal = riskSignals.report(customerNo, code, request.note(), user.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new RiskSignalResponse(signal.id(), customerNo, code.name(), signal.reportedBy(), signal.reviewId()));
  }

  public record ReviewResponse(long reviewId, String processInstanceId, boolean joinedRunningReview) {}

  @Operation(
      summary = "Ask for a credit review of a customer",
      description = "201 with the review started, or 200 with the running review, which the request joins.")
  @PostMapping("/api/customers/{customerNo}/credit-reviews")
  @PreAuthorize("hasAnyRole('SALES', 'FINANCE', 'CREDIT', 'SUPERVISOR', 'ADMIN')")
  public ResponseEntity<ReviewResponse> requestReview(@PathVariable String customerNo) {
    assessments.customer(customerNo);
    var review = reviewProcess.request(customerNo, ReviewTrigger.ON_REQUEST);
    return ResponseEntity.status(review.joined() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(new ReviewResponse(review.reviewId(), review.processInstanceId(), review.joined()));
  }

  private static RiskSignalCode riskSignalCode(String code) {
    try {
      return RiskSignalCode.valueOf(code == null ? "" : code.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidCreditInputException(
          List.of(new FieldProblem("code", code == null ? "is required" : "is not a risk signal code")));
    }
  }

  /** 422 naming every unusable input. */
  @ExceptionHandler(InvalidCreditInputException.class)
  ProblemDetail invalidInput(InvalidCreditInputException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle(language.text("problem.title.invalidCreditInput"));
    problem.setProperty(
        "errors", e.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    return problem;
  }

  @ExceptionHandler(UnknownCustomerException.class)
  ProblemDetail unknownCustomer(UnknownCustomerException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle(language.text("problem.title.notFound"));
    problem.setProperty("errors", List.of(Map.of("field", "customerNo", "message", e.getMessage())));
    return problem;
  }
}
