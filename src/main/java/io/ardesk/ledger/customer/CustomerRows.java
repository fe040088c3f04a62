package io.ardesk.ledger.customer;

import io.ardesk.ledger.JdbcBatch;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Inserts new customers and their opening history in JDBC batches (the import path). */
@Component
class CustomerRows {
  private static final String INSERT_CUSTOMER = """
      insert into customer (customer_no, name, address, contact_person, principal, phone, email, bank_account,
        currency, settlement_method, payment_terms_days, credit_limit, grade, last_review_date, next_review_date,
        salesperson, territory, ledger_administrator, founded_on, key_account, language, standing, status,
        created_at, created_by, version)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
  private static final String INSERT_CHANGE = """
      insert into customer_change (customer_id, field, old_value, new_value, changed_at, changed_by, reason)
      values ((select id from customer where customer_no = ?), ?, ?, ?, ?, ?, ?)""";

  private final JdbcTemplate jdbc;

  CustomerRows(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  void insert(List<Customer> customers, List<CustomerChange> changes) {
    JdbcBatch.update(jdbc, INSERT_CUSTOMER, customers, c -> new Object[] {
        c.getCustomerNo(), c.getName(), c.getAddress(), c.getContactPerson(), c.getPrincipal(), c.getPhone(),
        c.getEmail(), c.getBankAccount(), c.getCurrency(), c.getSettlementMethod(), c.getPaymentTermsDays(),
        c.getCreditLimit(), c.getGrade(), c.getLastReviewDate(), c.getNextReviewDate(), c.getSalesperson(),
        c.getTerritory(), c.getLedgerAdministrator(), c.getFoundedOn(), c.isKeyAccount(), c.getLanguage(),
        c.getStanding(), c.getStatus(), c.getCreatedAt(), c.getCreatedBy()});
    JdbcBatch.update(jdbc, INSERT_CHANGE, changes, c -> new Object[] {
        c.getCustomer().getCustomerNo(), c.getField(), c.getOldValue(), c.getNewValue(), c.getChangedAt(),
        c.getChangedBy(), c.getReason()});
  }
}
