package io.ardesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.ledger.event.InvoiceDisputeResolved;
import io.ardesk.ledger.event.InvoiceDisputed;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentReversed;
import io.ardesk.ledger.event.RiskSignalRecorded;
import io.ardesk.ledger.report.AgingService;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.PaymentRecordService;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** docs/domain.md §4 allocation: references first, oldest due first, disputes skipped, rest on account. */
@IntegrationTest
@RecordApplicationEvents
class AllocationTest {
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired AgingService aging;
  @Autowired LedgerQueries queries;
  @Autowired PaymentRecordService paymentRecords;
  @Autowired ApplicationEvents events;

  LedgerFixture ledger;

  @BeforeEach
  void aCustomer() {
    ledger = new LedgerFixture(customers, invoices, payments, null);
  }

  @Test
  void partialPaymentThenOverpaymentGoesOnAccountAndPaysTheNextInvoice() {
    String jan = ledger.invoice("JAN", "1000.00", "2024-01-01", "2024-01-31");
    String feb = ledger.invoice("FEB", "500.00", "2024-02-01", "2024-03-02");

    ledger.pay("P1", "300.00", "2024-02-10");
    assertThat(ledger.open(jan)).isEqualByComparingTo("700.00");
    assertThat(ledger.open(feb)).isEqualByComparingTo("500.00");

    String p2 = ledger.pay("P2", "1500.00", "2024-02-20");
    assertThat(ledger.open(jan)).isEqualByComparingTo("0.00");
    assertThat(ledger.open(feb)).isEqualByComparingTo("0.00");
    assertThat(queries.unappliedCredit(ledger.customerNo)).isEqualByComparingTo("300.00");
    assertThat(queries.exposure(ledger.customerNo)).isEqualByComparingTo("-300.00");
    var posted = events.stream(PaymentPosted.class).filter(e -> e.paymentNo().equals(p2)).findFirst().orElseThrow();
    assertThat(posted.settledInvoiceNos()).containsExactly(jan, feb);
    assertThat(posted.onAccount()).isEqualByComparingTo("300.00");

    String mar = ledger.invoice("MAR", "400.00", "2024-03-01", "2024-03-31");
    assertThat(ledger.open(mar)).isEqualByComparingTo("100.00");
    assertThat(queries.unappliedCredit(ledger.customerNo)).isEqualByComparingTo("0.00");
    assertThat(queries.exposure(ledger.customerNo)).isEqualByComparingTo("100.00");
    // the on-account money meets the March invoice on its issue date, not before
    assertThat(openAsOf("2024-02-29")).isEqualByComparingTo("0.00");
    assertThat(openAsOf("2024-03-01")).isEqualByComparingTo("100.00");
  }

  @Test
  void namedInvoicesComeFirstThenTheOldestEffectiveDueDate() {
    String older = ledger.invoice("OLD", "1000.00", "2024-01-01", "2024-01-31");
    String middle = ledger.invoice("MID", "1000.00", "2024-01-15", "2024-02-14");
    String newer = ledger.invoice("NEW", "1000.00", "2024-02-01", "2024-03-02");

    ledger.pay("P", "1500.00", "2024-02-05", newer);

    assertThat(ledger.open(newer)).isEqualByComparingTo("0.00");
    assertThat(ledger.open(older)).isEqualByComparingTo("500.00");
    assertThat(ledger.open(middle)).isEqualByComparingTo("1000.00");
  }

  @Test
  void aDisputedItemIsSkippedUntilItsDisputeIsSettled() {
    String disputed = ledger.invoice("D", "800.00", "2024-01-01", "2024-01-31");
    String other = ledger.invoice("O", "200.00", "2024-01-10", "2024-02-09");
    invoices.markDisputed(disputed, "COMPLAINT-1");

    ledger.pay("P", "700.00", "2024-02-15");

    assertThat(ledger.open(disputed)).isEqualByComparingTo("800.00");
    assertThat(ledger.open(other)).isEqualByComparingTo("0.00");
    assertThat(queries.unappliedCredit(ledger.customerNo)).isEqualByComparingTo("500.00");
    assertThat(queries.overdueItems(ledger.customerNo, LocalDate.of(2024, 3, 1))).isEmpty();
    assertThat(queries.overdueItems(ledger.customerNo, LocalDate.of(2024, 3, 1), true))
        .extracting(i -> i.invoiceNo()).containsExactly(disputed);
    assertThat(events.stream(InvoiceDisputed.class).filter(e -> e.invoiceNo().equals(disputed))).hasSize(1);

    invoices.clearDispute(disputed, "COMPLAINT-1");

    assertThat(ledger.open(disputed)).isEqualByComparingTo("300.00");
    assertThat(queries.unappliedCredit(ledger.customerNo)).isEqualByComparingTo("0.00");
    assertThat(events.stream(InvoiceDisputeResolved.class).filter(e -> e.invoiceNo().equals(disputed))).hasSize(1);
    assertThat(queries.oldestDaysPastDue(ledger.customerNo, LocalDate.of(2024, 3, 1))).hasValue(30);
  }

  @Test
  void aReversedChequeReopensItsInvoicesAsOfTheReversalDateAndRaisesASignal() {
    String inv = ledger.invoice("I", "1000.00", "2024-01-01", "2024-01-31");
    String cheque = ledger.pay("CHQ", "1000.00", "2024-01-20", PaymentMethod.CHEQUE, inv);
    assertThat(ledger.open(inv)).isEqualByComparingTo("0.00");

    payments.reversePayment(cheque, LocalDate.of(2024, 2, 5), "bounced", "frank");

    assertThat(ledger.open(inv)).isEqualByComparingTo("1000.00");
    assertThat(openAsOf("2024-01-19")).isEqualByComparingTo("1000.00");
    assertThat(openAsOf("2024-01-20")).isEqualByComparingTo("0.00");
    assertThat(openAsOf("2024-02-04")).isEqualByComparingTo("0.00");
    assertThat(openAsOf("2024-02-05")).isEqualByComparingTo("1000.00");
    var reversed = events.stream(PaymentReversed.class).filter(e -> e.paymentNo().equals(cheque)).findFirst().orElseThrow();
    assertThat(reversed.reopenedInvoiceNos()).containsExactly(inv);
    assertThat(events.stream(RiskSignalRecorded.class)
        .filter(e -> e.customerNo().equals(ledger.customerNo) && e.code().equals("BOUNCED_CHEQUE"))).hasSize(1);
    var record = paymentRecords.paymentRecord(ledger.customerNo);
    assertThat(record.totalPaid()).isEqualByComparingTo("0.00");
    assertThat(record.delinquency().reversedPayments()).isEqualTo(1);
    assertThatThrownBy(() -> payments.reversePayment(cheque, LocalDate.of(2024, 2, 6), "again", "frank"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aReversalBeforeThePaymentDateIsRefused() {
    String p = ledger.pay("P", "10.00", "2024-01-20");
    assertThatThrownBy(() -> payments.reversePayment(p, LocalDate.of(2024, 1, 19), "x", "frank"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void creditNoteReducesItsInvoiceAndAChargeHasItsOwnDueDate() {
    String inv = ledger.invoice("I", "1000.00", "2024-01-01", null);
    assertThat(invoices.get(inv).getDueDate()).isEqualTo(LocalDate.of(2024, 1, 31));
    payments.postCreditNote(new NewCreditNote(ledger.customerNo + "-CN", ledger.customerNo, LocalDate.of(2024, 1, 5),
        new BigDecimal("250.004"), inv, null, "short delivery"), "frank");
    assertThat(ledger.open(inv)).isEqualByComparingTo("750.00");

    invoices.postCharge(new io.ardesk.ledger.document.NewCharge(ledger.customerNo + "-INT", ledger.customerNo,
        LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 11), new BigDecimal("36.50"), null, "penalty interest"), "frank");

    var line = aging.aging(LocalDate.of(2024, 3, 15), null, ledger.customerNo).customers().get(0);
    assertThat(line.open()).isEqualByComparingTo("786.50");
    assertThat(line.byBucket().get("1-30")).isEqualByComparingTo("36.50");
    assertThat(line.byBucket().get("31-60")).isEqualByComparingTo("750.00");
    assertThat(line.maxDaysPastDue()).isEqualTo(44);
  }

  @Test
  void writeOffTakesTheOpenAmountOutWithReasonAndApprover() {
    String inv = ledger.invoice("I", "640.00", "2024-01-01", "2024-01-31");
    ledger.pay("P", "40.00", "2024-02-01", inv);
    assertThatThrownBy(() -> invoices.writeOff(inv, LocalDate.of(2024, 6, 30), " ", "steve", "frank"))
        .isInstanceOf(InvalidInputException.class);

    var writeOff = invoices.writeOff(inv, LocalDate.of(2024, 6, 30), "customer bankrupt", "steve", "frank");

    assertThat(writeOff.getAmount()).isEqualByComparingTo("600.00");
    assertThat(writeOff.getApprover()).isEqualTo("steve");
    assertThat(ledger.open(inv)).isEqualByComparingTo("0.00");
    assertThat(openAsOf("2024-06-29")).isEqualByComparingTo("600.00");
    assertThat(openAsOf("2024-06-30")).isEqualByComparingTo("0.00");
    assertThatThrownBy(() -> invoices.writeOff(inv, null, "again", "steve", "frank"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void postingTheSameNumberAgainIsANoOpAndOtherContentIsAConflict() {
    String inv = ledger.invoice("I", "100.00", "2024-01-01", "2024-01-31");
    var again = invoices.postInvoice(new NewInvoice(inv, ledger.customerNo, LocalDate.of(2024, 1, 1),
        new BigDecimal("100"), LocalDate.of(2024, 1, 31), null, null), "test");
    assertThat(again.created()).isFalse();
    assertThatThrownBy(() -> invoices.postInvoice(new NewInvoice(inv, ledger.customerNo, LocalDate.of(2024, 1, 1),
        new BigDecimal("101.00"), LocalDate.of(2024, 1, 31), null, null), "test"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> ledger.pay("P", "0.00", "2024-01-02"))
        .isInstanceOf(InvalidInputException.class);
  }

  private BigDecimal openAsOf(String date) {
    var report = aging.aging(LocalDate.parse(date), null, ledger.customerNo);
    return report.total().open();
  }
}
