package io.ardesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.importing.CsvReader;
import io.ardesk.ledger.report.AgingService;
import io.ardesk.ledger.report.CustomerAging;
import io.ardesk.ledger.report.PaymentRecordService;
import io.ardesk.support.Fixtures;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deck's own aging record table (shared/fixtures/seed-aging-example.csv) and its figures. */
@IntegrationTest
class SeedAgingExampleTest {
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired AgingService aging;
  @Autowired PaymentRecordService paymentRecords;

  final String run = TestNumbers.unique("SEED");
  final Map<String, String> customerNos = new HashMap<>();

  @BeforeEach
  void loadTheDecksTable() throws IOException {
    try (var csv = new CsvReader(Files.newBufferedReader(Fixtures.path("seed-aging-example.csv")))) {
      List<String> header = csv.next();
      assertThat(header).startsWith("customer_no", "contract_no", "type", "date", "due_date");
      for (var row = csv.next(); row != null; row = csv.next()) {
        String customerNo = customerNos.computeIfAbsent(row.get(0), c -> {
          String number = run + "-" + c;
          customers.create(NewCustomer.of(number, "Customer " + c), "test");
          return number;
        });
        LocalDate date = LocalDate.parse(row.get(3));
        BigDecimal amount = new BigDecimal(row.get(7));
        String matchingNo = run + "-" + row.get(6);
        if (row.get(2).equals("BILL")) {
          invoices.postInvoice(new NewInvoice(matchingNo, customerNo, date, amount,
              LocalDate.parse(row.get(4)), null, row.get(1)), "test");
        } else {
          payments.postPayment(new NewPayment(run + "-" + row.get(5), customerNo, date, amount,
              List.of(matchingNo), null, null), "test");
        }
      }
    }
  }

  @Test
  void customerBPaidOnAverage29Point30DaysLate() {
    var record = paymentRecords.paymentRecord(customerNos.get("B"));

    assertThat(record.weightedAverageDaysLate()).isEqualByComparingTo("29.30");
    assertThat(record.totalPaid()).isEqualByComparingTo("453785.00");
    assertThat(record.paidByBucket().get("NOT_DUE")).isEqualByComparingTo("226890.00");
    assertThat(record.paidByBucket().get("1-30")).isEqualByComparingTo("126765.00");
    assertThat(record.paidByBucket().get("31-60")).isEqualByComparingTo("0.00");
    assertThat(record.paidByBucket().get("91-180")).isEqualByComparingTo("100130.00");
    assertThat(record.lines()).extracting(l -> l.daysLate()).containsExactly(-43, 18, 110);
    assertThat(record.delinquency().itemsPaidLate()).isEqualTo(1);
    assertThat(record.delinquency().amountPaidLate()).isEqualByComparingTo("226895.00");
    assertThat(record.delinquency().longestDelayDays()).isEqualTo(110);
  }

  @Test
  void customerAPaidEverythingInTerms() {
    var record = paymentRecords.paymentRecord(customerNos.get("A"));

    assertThat(record.weightedAverageDaysLate()).isEqualByComparingTo("0.00");
    assertThat(record.paidByBucket().get("NOT_DUE")).isEqualByComparingTo("117875.00");
    assertThat(record.delinquency().itemsPaidLate()).isZero();
  }

  @Test
  void asOf31October2005CustomerBOwes100130In31To60() {
    CustomerAging b = only(LocalDate.of(2005, 10, 31), "B");

    assertThat(b.open()).isEqualByComparingTo("100130.00");
    assertThat(b.byBucket().get("31-60")).isEqualByComparingTo("100130.00");
    assertThat(b.byBucket().get("NOT_DUE")).isEqualByComparingTo("0.00");
    assertThat(b.maxDaysPastDue()).isEqualTo(49);
    assertThat(b.weightedAverageDaysPastDue()).isEqualByComparingTo("49.00");
  }

  @Test
  void asOfBeforeAPaymentTheBillIsStillOpen() {
    // 2005-09-29: the 126,765.00 of 2005-09-30 has not come in yet; 17 days past due
    CustomerAging b = only(LocalDate.of(2005, 9, 29), "B");
    assertThat(b.open()).isEqualByComparingTo("226895.00");
    assertThat(b.byBucket().get("1-30")).isEqualByComparingTo("226895.00");
    assertThat(b.maxDaysPastDue()).isEqualTo(17);

    // on the payment date it counts
    assertThat(only(LocalDate.of(2005, 9, 30), "B").open()).isEqualByComparingTo("100130.00");
    // before the bill there is nothing; after the last payment there is nothing
    assertThat(aging.aging(LocalDate.of(2005, 7, 11), null, customerNos.get("B")).customers()).isEmpty();
    assertThat(aging.aging(LocalDate.of(2005, 12, 31), null, customerNos.get("B")).customers()).isEmpty();
  }

  private CustomerAging only(LocalDate asOf, String customer) {
    var report = aging.aging(asOf, null, customerNos.get(customer));
    assertThat(report.customers()).hasSize(1);
    return report.customers().get(0);
  }
}
