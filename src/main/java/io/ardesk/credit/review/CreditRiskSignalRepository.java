package io.ardesk.credit.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditRiskSignalRepository extends JpaRepository<CreditRiskSignal, Long> {

  List<CreditRiskSignal> findByReviewIdOrderByReportedAtAsc(Long reviewId);

  List<CreditRiskSignal> findByCustomerNoOrderByReportedAtAsc(String customerNo);
}
