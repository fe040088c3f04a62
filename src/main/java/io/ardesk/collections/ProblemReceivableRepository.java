package io.ardesk.collections;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemReceivableRepository extends JpaRepository<ProblemReceivable, Long> {
  List<ProblemReceivable> findByCustomerNoAndClearedAtIsNullOrderByIdAsc(String customerNo);

  List<ProblemReceivable> findByCustomerNoOrderByIdAsc(String customerNo);
}
