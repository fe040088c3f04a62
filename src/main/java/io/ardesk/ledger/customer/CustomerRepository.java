package io.ardesk.ledger.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long>, CustomerByNumber {
  Optional<Customer> findByCustomerNo(String customerNo);

  List<Customer> findByCustomerNoIn(Collection<String> customerNos);

  /**
   * The customer, its row locked until the transaction ends: documents that allocate (payments,
   * credit notes, reversals) take it first, so concurrent postings for one customer wait for one
   * another instead of failing on the invoices' versions.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Customer c where c.customerNo = :customerNo")
  Optional<Customer> lockByCustomerNo(@Param("customerNo") String customerNo);

  /** The customers, their rows locked in customer-number order (no deadlock between two imports). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Customer c where c.customerNo in :customerNos order by c.customerNo")
  List<Customer> lockByCustomerNoIn(@Param("customerNos") Collection<String> customerNos);
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
