package io.ardesk.ledger.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.ledger.LedgerFixture;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import writes the balances its allocations changed in one statement (PostgreSQL) or a batch
 * (H2), with the version check JPA would make: a balance changed by someone else in between fails
 * the import instead of being overwritten.
 */
@IntegrationTest
class InvoiceBalanceRowsTest {
  @Autowired DocumentRows rows;
  @Autowired InvoiceRepository invoiceRows;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void balancesAreWrittenWithTheirDatesAndVersion() {
    var customer = new LedgerFixture(customers, invoices, payments, null);
    String first = customer.invoice("I1", "100.00", "2024-01-01", "2024-01-31");
    String second = customer.invoice("I2", "50.00", "2024-01-02", "2024-02-01");

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      Invoice a = invoiceRows.findByInvoiceNo(first).orElseThrow();
      Invoice b = invoiceRows.findByInvoiceNo(second).orElseThrow();
      a.settle(new BigDecimal("100.00"), LocalDate.of(2024, 3, 1));
      b.settle(new BigDecimal("20.00"), LocalDate.of(2024, 3, 2));
      rows.updateBalances(List.of(a, b));
      status.setRollbackOnly();
      // the rows as written, read past the persistence context
      var written = new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForList(
          "select invoice_no, open_amount, settled_on, last_allocated_on, version from invoice"
              + " where invoice_no in (?, ?) order by invoice_no", first, second);
      assertThat(written).extracting(r -> r.get("invoice_no") + " " + ((BigDecimal) r.get("open_amount"))
              .setScale(2) + " " + r.get("settled_on") + " " + r.get("last_allocated_on") + " " + r.get("version"))
          .containsExactly(first + " 0.00 2024-03-01 2024-03-01 1", second + " 30.00 null 2024-03-02 1");
    });
  }

  @Test
  void aBalanceChangedByAnotherTransactionIsNotOverwritten() {
    var customer = new LedgerFixture(customers, invoices, payments, null);
    String number = customer.invoice("I1", "100.00", "2024-01-01", "2024-01-31");
    var outer = new TransactionTemplate(transactions);
    var other = new TransactionTemplate(transactions);
    other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
      Invoice read = invoiceRows.findByInvoiceNo(number).orElseThrow();
      // a payment posted meanwhile, committed
      other.executeWithoutResult(s -> customer.pay("P1", "30.00", "2024-02-01", number));
      read.settle(new BigDecimal("10.00"), LocalDate.of(2024, 2, 2));
      rows.updateBalances(List.of(read));
    })).isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("1 of 1");

    assertThat(customer.open(number)).as("the other payment stands").isEqualByComparingTo("70.00");
  }

  @Autowired javax.sql.DataSource dataSource;
}
