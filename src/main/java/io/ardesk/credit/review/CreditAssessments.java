package io.ardesk.credit.review;

import io.ardesk.credit.CreditProperties;
import io.ardesk.credit.domain.CreditAnalysis;
import io.ardesk.credit.domain.CreditInputs;
import io.ardesk.credit.domain.CreditPolicy;
import io.ardesk.credit.domain.FieldProblem;
import io.ardesk.credit.domain.InvalidCreditInputException;
import io.ardesk.credit.domain.SettlementMethod;
import io.ardesk.credit.domain.SupervisorApprovalRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.ardesk.ledger.Supervisors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit assessments (docs/domain.md §6): computed and kept with their inputs, decided by credit (and a
 * supervisor where the limit is high), approved onto the customer master or rejected.
 */
@Service
@Transactional
public class CreditAssessments {

  private final CreditAssessmentRepository assessments;
  private final CreditProperties properties;
  private final CreditPolicy policy;
  private final CreditAnalysis analysis;
  private final SupervisorApprovalRule supervisorRule;
  private final CustomerMaster customerMaster;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Supervisors supervisors;

  public CreditAssessments(
      CreditAssessmentRepository assessments,
      CreditProperties properties,
      CreditPolicy policy,
      CustomerMaster customerMaster,
      ApplicationEventPublisher events,
      Clock clock,
      Supervisors supervisors) {
    this.assessments = assessments;
    this.properties = properties;
    this.policy = policy;
    this.analysis = new CreditAnalysis(properties, policy);
    this.supervisorRule = new SupervisorApprovalRule(properties.supervisorApproval());
    this.customerMaster = customerMaster;
    this.events = events;
    this.clock = clock;
    this.supervisors = supervisors;
  }

  /**
   * Computes and keeps an assessment, not approved. The founding date comes from the customer
   * master when the inputs have none. Outside a review, warning signs call for one.
   */
  public CreditAssessment assess(String customerNo, Long reviewId, CreditInputs inputs, String assessedBy) {
    return assess(customerNo, reviewId, inputs, assessedBy, assessedBy, assessedBy);
  }

  /**
   * {@link #assess(String, Long, CreditInputs, String)} with who completed the profile and who entered the
   * figures; the figures are finance's when a member of finance entered them.
   */
  public CreditAssessment assess(String customerNo, Long reviewId, CreditInputs inputs, String assessedBy,
      String profileBy, String figuresBy) {
    var assessment = assessOnly(customerNo, reviewId, inputs, assessedBy);
    assessment.inputsBy(profileBy, figuresBy, figuresBy != null && supervisors.isMemberOf(figuresBy, "finance"));
    if (reviewId == null && !assessment.warnings().isEmpty()) {
      events.publishEvent(new WarningSignsRaised(assessment.id(), customerNo, assessment.warnings()));
    }
    return assessment;
  }

  /**
   * A second person confirms figures someone else entered ad hoc: a member of finance or
   * supervisor other than who entered them. A review may then skip finance's figures step for them.
   */
  public CreditAssessment confirmFigures(String customerNo, long assessmentId, String confirmer) {
    var assessment = get(assessmentId);
    if (!assessment.customerNo().equals(customerNo)) {
      throw new UnknownCustomerException(customerNo);
    }
    if (confirmer.equals(assessment.figuresBy())) {
      throw new io.ardesk.ledger.ApprovalRefusedException("figuresConfirmedBy",
          confirmer + " entered these figures and cannot confirm them too: another member of finance must");
    }
    if (!supervisors.isMemberOf(confirmer, "finance") && !supervisors.isSupervisor(confirmer)) {
      throw new io.ardesk.ledger.ApprovalRefusedException("figuresConfirmedBy",
          confirmer + " is not a member of finance or supervisor");
    }
    assessment.figuresConfirmed(confirmer, clock.instant());
    return assessment;
  }

  private CreditAssessment assessOnly(String customerNo, Long reviewId, CreditInputs inputs, String assessedBy) {
    var customer = customer(customerNo);
    var financials = inputs.financials();
    if (financials.foundingDate() == null) {
      financials = financials.withFoundingDate(customer.foundingDate());
    }
    var computation = analysis.compute(inputs.scores(), financials, today());
    return assessments.save(
        new CreditAssessment(customerNo, reviewId, inputs.scores(), financials, computation, assessedBy, clock.instant()));
  }

  /**
   * The last assessment not rejected whose figures are still recent enough to reuse and are finance's:
   * entered by a member of finance or confirmed by a second person (figures credit entered itself are not).
   */
  @Transactional(readOnly = true)
  public Optional<CreditAssessment> withRecentFigures(String customerNo) {
    var since = ZonedDateTime.now(clock).minus(properties.figuresValidFor()).toInstant();
    return assessments.findFinanceFigures(customerNo, AssessmentStatus.REJECTED, since);
  }

  /**
   * The payment-record item's score from the ledger's payment record (docs/domain.md §6.1: "may be computed
   * from the ledger"); empty before the customer's first payment. Finance may still change it.
   */
  @Transactional(readOnly = true)
  public Optional<Integer> paymentRecordScore(String customerNo) {
    return customerMaster.averageDaysLate(customerNo).map(policy::paymentRecordScore);
  }

  /** The customer's current terms: its last approved assessment. */
  @Transactional(readOnly = true)
  public Optional<CreditAssessment> current(String customerNo) {
    return assessments.findFirstByCustomerNoAndStatusOrderByApprovedAtDescIdDesc(customerNo, AssessmentStatus.APPROVED);
  }

  @Transactional(readOnly = true)
  public CreditAssessment get(long assessmentId) {
    return assessments.findById(assessmentId).orElseThrow();
  }

  /** The recommendation as a decision: the grade, the recommended limit, credit where the grade allows it. */
  @Transactional(readOnly = true)
  public CreditDecision recommendation(long assessmentId) {
    var assessment = get(assessmentId);
    var methods = assessment.allowedSettlementMethods();
    var method = methods.contains(SettlementMethod.CREDIT) ? SettlementMethod.CREDIT : methods.get(0);
    int terms = customer(assessment.customerNo()).paymentTermsDays();
    return new CreditDecision(assessment.grade(), assessment.recommendedLimit(), method, terms, null);
  }

  /**
   * Records credit's decision. The settlement method must be one the decided grade allows; a
   * decision other than the recommendation needs a reason. Returns the assessment, which says
   * whether a supervisor must also approve.
   */
  public CreditAssessment decide(long assessmentId, CreditDecision decision, String decidedBy) {
    var assessment = get(assessmentId);
    if (decidedBy != null && (decidedBy.equals(assessment.profileBy()) || decidedBy.equals(assessment.figuresBy()))) {
      throw new io.ardesk.ledger.ApprovalRefusedException("decidedBy", decidedBy + " "
          + (decidedBy.equals(assessment.profileBy()) ? "completed the profile" : "entered the figures")
          + " of this assessment and cannot decide credit on it: another member of credit must");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (decision.limit().signum() < 0) {
      problems.add(new FieldProblem("decidedLimit", "must be zero or more"));
    }
    if (decision.paymentTermsDays() < 0) {
      problems.add(new FieldProblem("paymentTermsDays", "must be zero or more"));
    }
    if (!policy.terms(decision.grade()).allows(decision.settlementMethod())) {
      problems.add(
          new FieldProblem("settlementMethod", "grade " + decision.grade() + " does not allow " + decision.settlementMethod()));
    }
    boolean asRecommended = isRecommendation(assessment, decision);
    if (!asRecommended && (decision.reason() == null || decision.reason().isBlank())) {
      problems.add(new FieldProblem("reason", "is required when the decision differs from the recommendation"));
    }
    InvalidCreditInputException.throwIfAny(problems);
    var limit = decision.limit().setScale(2, RoundingMode.HALF_UP);
    var decided = new CreditDecision(decision.grade(), limit, decision.settlementMethod(), decision.paymentTermsDays(), decision.reason());
    // a supervisor where the limit is far above the recommendation, and wherever the decision loosens the
    // customer's current credit (higher limit, better grade, to credit): a supervisor decides
    boolean supervisor = supervisorRule.needsSupervisor(limit, assessment.recommendedLimit(),
            customerMaster.inBaseCurrency(assessment.customerNo(), limit))
        || customerMaster.loosens(assessment.customerNo(), decided);
    assessment.decide(decided, supervisor, decidedBy, clock.instant());
    return assessment;
  }

  /**
   * A supervisor's approval of a decision that needed one. Four eyes: the supervisor must be a member
   * of {@code supervisor} and not the credit user who decided (as recorded on the assessment).
   */
  public void supervisorDecided(long assessmentId, String supervisor, String reason) {
    var assessment = get(assessmentId);
    checkSupervisor(assessment, supervisor);
    assessment.supervisorDecided(supervisor, reason);
  }

  /** Only a supervisor other than the credit user who decided may answer on the decision (approve or send back). */
  @Transactional(readOnly = true)
  public void checkSupervisor(long assessmentId, String supervisor) {
    checkSupervisor(get(assessmentId), supervisor);
  }

  private void checkSupervisor(CreditAssessment assessment, String supervisor) {
    supervisors.checkSecondPerson(supervisor, assessment.decidedBy());
  }

  /** Approves the decision and writes it to the customer master; the next review follows the decided grade. */
  public CreditAssessment approve(long assessmentId, String actor) {
    var assessment = get(assessmentId);
    String approvedBy = null;
    if (assessment.supervisorNeeded()) {
      if (assessment.supervisor() == null) {
        throw new IllegalStateException("assessment " + assessmentId + " needs a supervisor's approval first");
      }
      approvedBy = assessment.supervisor();
    }
    var nextReview = today().plusMonths(policy.terms(assessment.decidedGrade()).reviewIntervalMonths());
    assessment.approve(nextReview, clock.instant());
    var decision =
        new CreditDecision(
            assessment.decidedGrade(), assessment.decidedLimit(), assessment.decidedSettlementMethod(),
            assessment.decidedPaymentTermsDays(), assessment.decisionReason());
    customerMaster.applyCreditTerms(assessment.customerNo(), decision, nextReview,
        assessment.decidedBy() != null ? assessment.decidedBy() : actor, approvedBy);
    return assessment;
  }

  /** Rejects the assessment: the customer keeps its terms; the next review follows the computed grade. */
  public CreditAssessment reject(long assessmentId, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidCreditInputException(List.of(new FieldProblem("reason", "is required to reject")));
    }
    var assessment = get(assessmentId);
    assessment.reject(actor, reason, today().plusMonths(assessment.reviewIntervalMonths()), clock.instant());
    return assessment;
  }

  /** The customer as credit sees it; {@link UnknownCustomerException} when there is none. */
  @Transactional(readOnly = true)
  public CustomerMaster.CreditCustomer customer(String customerNo) {
    return customerMaster.find(customerNo).orElseThrow(() -> new UnknownCustomerException(customerNo));
  }

  private static boolean isRecommendation(CreditAssessment assessment, CreditDecision decision) {
    return decision.grade() == assessment.grade() && decision.limit().compareTo(assessment.recommendedLimit()) == 0;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
