package io.ardesk.ledger.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {
  Optional<Customer> findByCustomerNo(String customerNo);

  List<Customer> findByCustomerNoIn(Collection<String> customerNos);
}

interface CustomerChangeRepository extends JpaRepository<CustomerChange, Long> {
  @Query("select c from CustomerChange c where c.customer = ?1 order by c.changedAt, c.id")
  List<CustomerChange> findByCustomer(Customer customer);
}

interface CustomerHoldRepository extends JpaRepository<CustomerHold, Long> {
  @Query("select h from CustomerHold h where h.customer = ?1 and h.liftedAt is null order by h.id")
  List<CustomerHold> findActive(Customer customer);

  @Query("select h from CustomerHold h where h.customer = ?1 order by h.placedAt, h.id")
  List<CustomerHold> findByCustomer(Customer customer);
}

interface CreditChangeRequestRepository extends JpaRepository<CreditChangeRequest, Long> {
  Optional<CreditChangeRequest> findByRequestNo(String requestNo);

  long countByCustomer(Customer customer);

  @Query("select r from CreditChangeRequest r where r.customer = ?1 order by r.requestedAt, r.id")
  List<CreditChangeRequest> findByCustomer(Customer customer);
}
