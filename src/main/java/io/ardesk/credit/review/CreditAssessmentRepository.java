package io.ardesk.credit.review;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditAssessmentRepository extends JpaRepository<CreditAssessment, Long> {

  /** The customer's current terms: its last approved assessment. */
  Optional<CreditAssessment> findFirstByCustomerNoAndStatusOrderByApprovedAtDescIdDesc(
      String customerNo, AssessmentStatus status);

  /** The latest assessment made since a moment and not rejected. */
  Optional<CreditAssessment> findFirstByCustomerNoAndStatusNotAndAssessedAtGreaterThanEqualOrderByAssessedAtDescIdDesc(
      String customerNo, AssessmentStatus notStatus, Instant since);
}
