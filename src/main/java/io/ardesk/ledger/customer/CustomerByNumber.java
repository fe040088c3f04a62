package io.ardesk.ledger.customer;

import java.util.Optional;

/** Look-up of a customer by its number (a natural id) through the persistence context. */
public interface CustomerByNumber {

  /**
   * The customer with this number. Within a transaction a customer already loaded (by any query,
   * by id or by number) is answered from the persistence context without a statement; otherwise
   * one select by number, like {@link CustomerRepository#findByCustomerNo}.
   */
  Optional<Customer> byCustomerNo(String customerNo);
}
