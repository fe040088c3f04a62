package io.ardesk.ledger.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;

/** Spring Data fragment of {@link CustomerRepository}: Hibernate's natural-id look-up. */
class CustomerByNumberImpl implements CustomerByNumber {

  @PersistenceContext
  private EntityManager entityManager;

  @Override
  public Optional<Customer> byCustomerNo(String customerNo) {
    if (customerNo == null) {
      return Optional.empty();
    }
    return entityManager.unwrap(Session.class).bySimpleNaturalId(Customer.class).loadOptional(customerNo);
  }
}
