package io.ardesk.credit.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditReviewRepository extends JpaRepository<CreditReview, Long> {

  Optional<CreditReview> findByOpenCustomerNo(String customerNo);

  List<CreditReview> findByCustomerNoOrderByStartedAtAsc(String customerNo);
}
