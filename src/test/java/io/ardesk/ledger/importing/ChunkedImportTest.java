package io.ardesk.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ardesk.ledger.LedgerFixture;
import io.ardesk.ledger.LedgerProperties;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.Allocation;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.event.CustomerCreated;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentsImported;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import posts a chunk at a time by the rules of posting one row at a time: files here are cut
 * into chunks of two rows, so that duplicates, allocation order and credit on account cross chunks.
 */
@IntegrationTest
@RecordApplicationEvents
class ChunkedImportTest {
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired EntityManager entityManager;
  @Autowired Validator validator;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEvents events;

  ImportService imports;

  @BeforeEach
  void chunksOfTwoRows() {
    imports = new ImportService(customers, invoices, payments, entityManager, validator,
        new LedgerProperties(30, 2));
  }

  @Test
  void aNumberTwiceInOneFileIsUnchangedOrAConflictAcrossChunks() {
    String k1 = TestNumbers.unique("K");
    String k2 = TestNumbers.unique("K");
    ImportResult result = inTransaction(i -> i.importCustomers(csv("customer_no,name",
        k1 + ",First Ltd", k2 + ",Second Ltd", k1 + ",First Ltd"), "carol"));
    assertThat(result).isEqualTo(new ImportResult(2, 1));
    assertThat(events.stream(CustomerCreated.class).filter(e -> e.customerNo().equals(k1)))
        .singleElement().satisfies(e -> assertThat(e.imported()).isTrue());

    String no = k1 + "-I";
    var rejected = rejected(i -> i.importInvoices(csv("invoice_no,customer_no,issue_date,amount",
        no + "1," + k1 + ",2024-01-01,10.00",
        no + "2," + k1 + ",2024-01-01,20.00",
        no + "1," + k1 + ",2024-01-01,10.00",
        no + "2," + k1 + ",2024-01-01,21.00"), "frank"));
    assertThat(rejected).extracting(e -> e.line() + ":" + e.column()).containsExactly("5:invoice_no");
    assertThat(rejected.get(0).message()).contains("exists with other content");
    assertThat(invoices.find(no + "1")).as("the first chunk was rolled back with the file").isEmpty();
  }

  @Test
  void paymentsOfOneCustomerAreAllocatedInFileOrderAsOneAtATime() {
    var imported = customerWithFourInvoices();
    var oneByOne = customerWithFourInvoices();
    String file = "payment_no,customer_no,payment_date,amount,invoice_no\n"
        + payment(imported, "P1", "2024-02-01", "1100.00", imported.customerNo + "-I1")
        + payment(imported, "P2", "2024-02-15", "450.00", "")
        + payment(imported, "P3", "2024-03-01", "400.00", "")
        + payment(imported, "P1", "2024-02-01", "1100.00", imported.customerNo + "-I1");

    ImportResult result = inTransaction(i -> i.importPayments(new StringReader(file), "frank"));
    assertThat(result).isEqualTo(new ImportResult(3, 1));
    oneByOne.pay("P1", "1100.00", "2024-02-01", oneByOne.customerNo + "-I1");
    oneByOne.pay("P2", "450.00", "2024-02-15");
    oneByOne.pay("P3", "400.00", "2024-03-01");

    // named first, then the oldest effective due date, the disputed I3 skipped, the rest on account
    for (var customer : List.of(imported, oneByOne)) {
      assertThat(List.of("I1", "I2", "I3", "I4")).extracting(i -> customer.open(customer.customerNo + "-" + i))
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(amount("0"), amount("0"), amount("400.00"), amount("0"));
      assertThat(allocations(customer, "P1")).containsExactly("I1 1000.00 2024-02-01", "I2 100.00 2024-02-01");
      assertThat(allocations(customer, "P2")).containsExactly("I2 200.00 2024-02-15", "I4 250.00 2024-02-15");
      assertThat(allocations(customer, "P3")).containsExactly("I4 250.00 2024-03-01");
      assertThat(payments.getPayment(customer.customerNo + "-P3").getUnappliedAmount()).isEqualByComparingTo("150.00");
    }
    // an import publishes its chunk's payments in one event, in file order
    var posted = events.stream(PaymentsImported.class).flatMap(e -> e.payments().stream())
        .filter(e -> e.customerNo().equals(imported.customerNo)).toList();
    assertThat(posted).extracting(PaymentPosted::paymentNo)
        .containsExactly(imported.customerNo + "-P1", imported.customerNo + "-P2", imported.customerNo + "-P3");
    assertThat(posted.get(1).allocatedInvoiceNos()).containsExactly(imported.customerNo + "-I2", imported.customerNo + "-I4");
    assertThat(posted.get(1).settledInvoiceNos()).containsExactly(imported.customerNo + "-I2");
    assertThat(posted.get(2).onAccount()).isEqualByComparingTo("150.00");
  }

  @Test
  void aChunkOfSeveralCustomersPaysEachCustomersOwnItemsOnly() {
    var first = customerWithFourInvoices();
    var second = customerWithFourInvoices();
    String file = "payment_no,customer_no,payment_date,amount,invoice_no\n"
        + payment(first, "P1", "2024-02-01", "350.00", "")
        + payment(second, "P1", "2024-02-01", "100.00", "")
        + payment(first, "P2", "2024-02-02", "50.00", "")
        + payment(second, "P2", "2024-02-02", "1300.00", second.customerNo + "-I1");

    ImportResult result = inTransaction(i -> i.importPayments(new StringReader(file), "frank"));
    assertThat(result).isEqualTo(new ImportResult(4, 0));

    // chunks of two rows: each chunk names both customers; oldest effective due date first, I3 disputed
    assertThat(allocations(first, "P1")).containsExactly("I2 300.00 2024-02-01", "I4 50.00 2024-02-01");
    assertThat(allocations(first, "P2")).containsExactly("I4 50.00 2024-02-02");
    assertThat(allocations(second, "P1")).containsExactly("I2 100.00 2024-02-01");
    assertThat(allocations(second, "P2")).containsExactly("I1 1000.00 2024-02-02", "I2 200.00 2024-02-02",
        "I4 100.00 2024-02-02");
    // the balances were written, as a fresh read shows
    entityManager.clear();
    assertThat(List.of("I1", "I2", "I3", "I4")).extracting(i -> first.open(first.customerNo + "-" + i))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(amount("1000.00"), amount("0"), amount("400.00"), amount("400.00"));
    assertThat(List.of("I1", "I2", "I3", "I4")).extracting(i -> second.open(second.customerNo + "-" + i))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(amount("0"), amount("0"), amount("400.00"), amount("400.00"));
    assertThat(invoices.find(second.customerNo + "-I2")).get()
        .satisfies(i -> assertThat(i.getSettledOn()).isEqualTo(java.time.LocalDate.of(2024, 2, 2)));
  }

  @Test
  void creditOnAccountGoesToTheInvoicesInFileOrder() {
    var customer = new LedgerFixture(customers, invoices, payments, null);
    customer.pay("P0", "150.00", "2024-01-10");
    String c = customer.customerNo;

    ImportResult result = inTransaction(i -> i.importInvoices(csv("invoice_no,customer_no,issue_date,amount,due_date",
        c + "-A," + c + ",2024-02-01,200.00,2024-04-01",
        c + "-B," + c + ",2024-01-15,100.00,2024-02-15"), "frank"));

    assertThat(result).isEqualTo(new ImportResult(2, 0));
    // as one at a time: A takes the credit when it is posted, before B exists
    assertThat(customer.open(c + "-A")).isEqualByComparingTo("50.00");
    assertThat(customer.open(c + "-B")).isEqualByComparingTo("100.00");
    assertThat(payments.getPayment(c + "-P0").getUnappliedAmount()).isEqualByComparingTo("0.00");
  }

  private LedgerFixture customerWithFourInvoices() {
    var customer = new LedgerFixture(customers, invoices, payments, null);
    customer.invoice("I1", "1000.00", "2024-01-01", "2024-03-31");
    customer.invoice("I2", "300.00", "2024-01-05", "2024-01-31");
    invoices.markDisputed(customer.invoice("I3", "400.00", "2024-01-10", "2024-02-10"), "COMPLAINT-1");
    customer.invoice("I4", "500.00", "2024-01-20", "2024-02-20");
    return customer;
  }

  private static String payment(LedgerFixture customer, String suffix, String date, String amount, String invoiceNo) {
    return customer.customerNo + "-" + suffix + "," + customer.customerNo + "," + date + "," + amount + ","
        + invoiceNo + "\n";
  }

  /** The allocations of a payment as "invoice suffix, amount, date". */
  private List<String> allocations(LedgerFixture customer, String suffix) {
    return payments.allocations(payments.getPayment(customer.customerNo + "-" + suffix)).stream()
        .map((Allocation a) -> a.getInvoice().getInvoiceNo().substring(customer.customerNo.length() + 1) + " "
            + a.getAmount() + " " + a.getAllocatedOn())
        .toList();
  }

  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }

  private static StringReader csv(String header, String... rows) {
    return new StringReader(header + "\n" + String.join("\n", rows) + "\n");
  }

  private <T> T inTransaction(Function<ImportService, T> work) {
    return new TransactionTemplate(transactions).execute(status -> work.apply(imports));
  }

  private List<LineError> rejected(Function<ImportService, ImportResult> work) {
    var thrown = catchThrowableOfType(() -> inTransaction(work),
        ImportRejectedException.class);
    assertThat(thrown).as("the file is rejected").isNotNull();
    return thrown.errors();
  }
}
