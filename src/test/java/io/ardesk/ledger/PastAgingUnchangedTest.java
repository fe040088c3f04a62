package io.ardesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.report.AgingReport;
import io.ardesk.ledger.report.AgingService;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * docs/domain.md §5: a report for a past date D equals what it showed on D. Payments, credit notes and
 * a cleared dispute after D use the credit on account on the day they happen, not on the old
 * payment's date, and a credit note's rest stays on account (§4).
 */
@IntegrationTest
class PastAgingUnchangedTest {
  static final LocalDate D = LocalDate.of(2024, 2, 10);

  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired AgingService aging;
  @Autowired LedgerQueries queries;
  @Autowired CaseKit kit;

  @AfterEach
  void clock() {
    kit.resetClock();
  }

  @Test
  void documentsPostedAfterADayLeaveTheAgingOfThatDayAsItWas() {
    var ledger = new LedgerFixture(customers, invoices, payments, null);
    kit.today(LocalDate.of(2024, 2, 1));
    String jan = ledger.invoice("JAN", "1000.00", "2024-01-01", "2024-01-31");
    String disputed = ledger.invoice("DSP", "500.00", "2024-01-10", "2024-02-09");
    invoices.markDisputed(disputed, "complaint C-1");
    kit.today(LocalDate.of(2024, 2, 5));
    ledger.pay("P1", "1300.00", "2024-02-05");
    assertThat(ledger.open(jan)).isEqualByComparingTo("0.00");
    assertThat(queries.unappliedCredit(ledger.customerNo)).isEqualByComparingTo("300.00");
    kit.today(D);
    AgingReport onD = aging.aging(D, null, ledger.customerNo);
    assertThat(onD.total().open()).isEqualByComparingTo("500.00");
    assertThat(onD.total().byBucket().get("1-30")).isEqualByComparingTo("500.00");

    // after D: the dispute is cleared (300.00 on account used on 1 March), a credit note names the
    // rest of the item and keeps its surplus on account, a payment and a new invoice that uses it
    kit.today(LocalDate.of(2024, 3, 1));
    invoices.clearDispute(disputed, "complaint C-1");
    assertThat(ledger.open(disputed)).isEqualByComparingTo("200.00");
    kit.today(LocalDate.of(2024, 3, 4));
    payments.postCreditNote(new NewCreditNote(ledger.customerNo + "-CN", ledger.customerNo, LocalDate.of(2024, 3, 4),
        new BigDecimal("250.00"), disputed, null, "price difference"), "frank");
    assertThat(ledger.open(disputed)).isEqualByComparingTo("0.00");
    assertThat(queries.unappliedCredit(ledger.customerNo)).as("the credit note's rest stays on account")
        .isEqualByComparingTo("50.00");
    ledger.pay("P2", "100.00", "2024-03-05");
    String mar = ledger.invoice("MAR", "400.00", "2024-03-10", null);
    assertThat(ledger.open(mar)).isEqualByComparingTo("250.00");

    AgingReport later = aging.aging(D, null, ledger.customerNo);
    assertThat(later.total().open()).isEqualByComparingTo("500.00");
    assertThat(later.total().byBucket()).isEqualTo(onD.total().byBucket());
    assertThat(later).isEqualTo(onD);
    assertThat(aging.aging(LocalDate.of(2024, 2, 29), null, ledger.customerNo).total().open())
        .as("the day before the clearing the item is still open in full").isEqualByComparingTo("500.00");
    assertThat(aging.aging(LocalDate.of(2024, 3, 1), null, ledger.customerNo).total().open())
        .isEqualByComparingTo("200.00");
  }
}
