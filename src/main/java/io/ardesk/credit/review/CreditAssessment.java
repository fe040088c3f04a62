package io.ardesk.credit.review;

import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.domain.CharacteristicScores;
import io.ardesk.credit.domain.CreditComputation;
import io.ardesk.credit.domain.CreditGrade;
import io.ardesk.credit.domain.Financials;
import io.ardesk.credit.domain.SettlementMethod;
import io.ardesk.credit.domain.WarningSign;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One credit assessment: its inputs, what the models computed, who made it, and the decision on it.
 * A customer's current grade and limit are those of its last approved assessment.
 */
@Entity
@Table(name = "credit_assessment")
public class CreditAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String customerNo;
  private Long reviewId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "credit_assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "item")
  @Column(name = "score")
  private Map<CharacteristicItem, Integer> scores = new EnumMap<>(CharacteristicItem.class);

  private BigDecimal currentAssets;
  private BigDecimal currentLiabilities;
  private BigDecimal inventory;
  private BigDecimal netWorth;
  private BigDecimal totalLiabilities;
  private BigDecimal totalAssets;
  private BigDecimal fixedAssets;
  private BigDecimal receivables;
  private BigDecimal annualSales;
  private BigDecimal interestAndDiscountCosts;
  private LocalDate foundingDate;

  private BigDecimal workingCapital;
  private BigDecimal workingAssets;
  private BigDecimal evaluationValue;
  private BigDecimal limitPercent;
  private BigDecimal workingAssetLimit;
  private BigDecimal score;

  @Enumerated(EnumType.STRING)
  private CreditGrade grade;

  private BigDecimal recommendedLimit;
  private String settlementMethods;
  private int reviewIntervalMonths;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "credit_assessment_warning", joinColumns = @JoinColumn(name = "assessment_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "warning")
  private Set<WarningSign> warnings = EnumSet.noneOf(WarningSign.class);

  private String assessedBy;
  private Instant assessedAt;
  /** Who completed the profile and who entered the figures (neither may decide on them). */
  private String profileBy;
  private String figuresBy;
  /** The figures are finance's: entered by a member of finance, or confirmed by a second person. */
  private boolean figuresByFinance;
  private String figuresConfirmedBy;
  private Instant figuresConfirmedAt;

  @Enumerated(EnumType.STRING)
  private AssessmentStatus status;

  @Enumerated(EnumType.STRING)
  private CreditGrade decidedGrade;

  private BigDecimal decidedLimit;

  @Enumerated(EnumType.STRING)
  private SettlementMethod decidedSettlementMethod;

  private Integer decidedPaymentTermsDays;
  private String decisionReason;
  private String decidedBy;
  private Instant decidedAt;
  private boolean supervisorNeeded;
  private String supervisor;
  private String supervisorReason;
  private Instant approvedAt;
  private LocalDate nextReviewDate;

  protected CreditAssessment() {}

  CreditAssessment(
      String customerNo,
      Long reviewId,
      CharacteristicScores scores,
      Financials f,
      CreditComputation computation,
      String assessedBy,
      Instant assessedAt) {
    this.customerNo = customerNo;
    this.reviewId = reviewId;
    this.scores.putAll(scores.scores());
    this.currentAssets = f.currentAssets();
    this.currentLiabilities = f.currentLiabilities();
    this.inventory = f.inventory();
    this.netWorth = f.netWorth();
    this.totalLiabilities = f.totalLiabilities();
    this.totalAssets = f.totalAssets();
    this.fixedAssets = f.fixedAssets();
    this.receivables = f.receivables();
    this.annualSales = f.annualSales();
    this.interestAndDiscountCosts = f.interestAndDiscountCosts();
    this.foundingDate = f.foundingDate();
    var workingAsset = computation.workingAsset();
    this.workingCapital = workingAsset.workingCapital();
    this.workingAssets = workingAsset.workingAssets();
    this.evaluationValue = workingAsset.evaluationValue();
    this.limitPercent = workingAsset.limitPercent();
    this.workingAssetLimit = workingAsset.limit();
    this.score = computation.score();
    this.grade = computation.grade();
    this.recommendedLimit = computation.recommendedLimit();
    this.settlementMethods =
        computation.terms().settlementMethods().stream().map(Enum::name).collect(Collectors.joining(","));
    this.reviewIntervalMonths = computation.terms().reviewIntervalMonths();
    this.warnings.addAll(computation.warnings());
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
    this.status = AssessmentStatus.PROPOSED;
  }

  void inputsBy(String profileBy, String figuresBy, boolean figuresByFinance) {
    this.profileBy = profileBy;
    this.figuresBy = figuresBy;
    this.figuresByFinance = figuresByFinance;
  }

  void figuresConfirmed(String by, Instant at) {
    this.figuresConfirmedBy = by;
    this.figuresConfirmedAt = at;
  }

  void decide(CreditDecision decision, boolean supervisorNeeded, String decidedBy, Instant at) {
    requireProposed();
    this.decidedGrade = decision.grade();
    this.decidedLimit = decision.limit();
    this.decidedSettlementMethod = decision.settlementMethod();
    this.decidedPaymentTermsDays = decision.paymentTermsDays();
    this.decisionReason = decision.reason();
    this.decidedBy = decidedBy;
    this.decidedAt = at;
    this.supervisorNeeded = supervisorNeeded;
    this.supervisor = null;
    this.supervisorReason = null;
  }

  void supervisorDecided(String supervisor, String reason) {
    requireProposed();
    this.supervisor = supervisor;
    this.supervisorReason = reason;
  }

  void approve(LocalDate nextReviewDate, Instant at) {
    requireProposed();
    if (decidedGrade == null) {
      throw new IllegalStateException("assessment " + id + " has no decision to approve");
    }
    this.status = AssessmentStatus.APPROVED;
    this.approvedAt = at;
    this.nextReviewDate = nextReviewDate;
  }

  void reject(String by, String reason, LocalDate nextReviewDate, Instant at) {
    requireProposed();
    this.status = AssessmentStatus.REJECTED;
    this.decidedBy = by;
    this.decisionReason = reason;
    this.decidedAt = at;
    this.nextReviewDate = nextReviewDate;
  }

  private void requireProposed() {
    if (status != AssessmentStatus.PROPOSED) {
      throw new IllegalStateException("assessment " + id + " is already " + status);
    }
  }

  public CharacteristicScores characteristicScores() {
    return new CharacteristicScores(scores);
  }

  public Financials financials() {
    return new Financials(
        currentAssets, currentLiabilities, inventory, netWorth, totalLiabilities, totalAssets,
        fixedAssets, receivables, annualSales, interestAndDiscountCosts, foundingDate);
  }

  public List<SettlementMethod> allowedSettlementMethods() {
    return Arrays.stream(settlementMethods.split(",")).map(SettlementMethod::valueOf).toList();
  }

  public List<WarningSign> warnings() {
    return warnings.stream().sorted().toList();
  }

  public Long id() { return id; }
  public String customerNo() { return customerNo; }
  public Long reviewId() { return reviewId; }
  public BigDecimal workingCapital() { return workingCapital; }
  public BigDecimal workingAssets() { return workingAssets; }
  public BigDecimal evaluationValue() { return evaluationValue; }
  public BigDecimal limitPercent() { return limitPercent; }
  public BigDecimal workingAssetLimit() { return workingAssetLimit; }
  public BigDecimal score() { return score; }
  public CreditGrade grade() { return grade; }
  public BigDecimal recommendedLimit() { return recommendedLimit; }
  public int reviewIntervalMonths() { return reviewIntervalMonths; }
  public String assessedBy() { return assessedBy; }
  public Instant assessedAt() { return assessedAt; }
  public AssessmentStatus status() { return status; }
  public CreditGrade decidedGrade() { return decidedGrade; }
  public BigDecimal decidedLimit() { return decidedLimit; }
  public SettlementMethod decidedSettlementMethod() { return decidedSettlementMethod; }
  public Integer decidedPaymentTermsDays() { return decidedPaymentTermsDays; }
  public String decisionReason() { return decisionReason; }
  public String decidedBy() { return decidedBy; }
  public String profileBy() { return profileBy; }
  public String figuresBy() { return figuresBy; }
  public boolean figuresByFinance() { return figuresByFinance; }
  public String figuresConfirmedBy() { return figuresConfirmedBy; }
  public Instant figuresConfirmedAt() { return figuresConfirmedAt; }
  public boolean supervisorNeeded() { return supervisorNeeded; }
  public String supervisor() { return supervisor; }
  public LocalDate nextReviewDate() { return nextReviewDate; }
  public Instant approvedAt() { return approvedAt; }
}
