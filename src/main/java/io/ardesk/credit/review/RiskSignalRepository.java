package io.ardesk.credit.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskSignalRepository extends JpaRepository<RiskSignal, Long> {

  List<RiskSignal> findByReviewIdOrderByReportedAtAsc(Long reviewId);

  List<RiskSignal> findByCustomerNoOrderByReportedAtAsc(String customerNo);
}
