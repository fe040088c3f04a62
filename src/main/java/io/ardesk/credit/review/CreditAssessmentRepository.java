package io.ardesk.credit.review;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditAssessmentRepository extends JpaRepository<CreditAssessment, Long> {

  /** The customer's current terms: its last approved assessment. */
  Optional<CreditAssessment> findFirstByCustomerNoAndStatusOrderByApprovedAtDescIdDesc(
      String customerNo, AssessmentStatus status);

  /**
   * The latest assessment made since a moment, not rejected, whose figures are finance's (entered by
   * finance or confirmed by a second person).
   */
  @org.springframework.data.jpa.repository.Query("""
      select a from CreditAssessment a where a.customerNo = ?1 and a.status <> ?2 and a.assessedAt >= ?3
         and (a.figuresByFinance = true or a.figuresConfirmedBy is not null)
       order by a.assessedAt desc, a.id desc limit 1""")
  Optional<CreditAssessment> findFinanceFigures(String customerNo, AssessmentStatus notStatus, Instant since);

  /** The latest assessment made since a moment and not rejected. */
  Optional<CreditAssessment> findFirstByCustomerNoAndStatusNotAndAssessedAtGreaterThanEqualOrderByAssessedAtDescIdDesc(
      String customerNo, AssessmentStatus notStatus, Instant since);
}
