package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.event.CreditNotePosted;
import io.ardesk.ledger.event.EffectiveDueDateChanged;
import io.ardesk.ledger.event.InvoiceDisputeResolved;
import io.ardesk.ledger.event.InvoiceDisputed;
import io.ardesk.ledger.event.InvoicePosted;
import io.ardesk.ledger.event.InvoiceWrittenOff;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentReversed;
import io.ardesk.ledger.event.PaymentsImported;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes what happens in the ledger to the customer's collection case (docs/domain.md §9) as "look again"
 * requests written in the ledger's own transaction: the ledger write commits whether or not the
 * case is busy, and the case hears of it within moments of the commit.
 */
@Component
class LedgerChangesToCases {

  private final CollectionCaseStarter cases;
  private final CollectionCaseService collections;
  private final Clock clock;

  LedgerChangesToCases(CollectionCaseStarter cases, CollectionCaseService collections, Clock clock) {
    this.cases = cases;
    this.collections = collections;
    this.clock = clock;
  }

  @EventListener
  void on(PaymentPosted payment) {
    // most payments are for customers without a case: nothing to tell then
    if (collections.countTowardsPromise(payment.customerNo(), payment.paymentNo(), payment.amount())) {
      cases.notifyCase(payment.customerNo(), "PaymentReceived");
    }
  }

  /** An import chunk's payments: one promise update and one "look again" per customer with a case. */
  @EventListener
  void on(PaymentsImported imported) {
    cases.notifyCases(collections.countTowardsPromises(imported.payments().stream()
        .map(p -> new CollectionCaseService.PaymentReceived(p.customerNo(), p.paymentNo(), p.amount())).toList()),
        "PaymentReceived");
  }

  @EventListener
  void on(PaymentReversed reversal) {
    collections.countTowardsPromise(reversal.customerNo(), reversal.paymentNo(), reversal.amount().negate());
    // reopened invoices may be overdue: a customer without a case gets one
    cases.notifyOrStart(reversal.customerNo(), "PaymentReversed");
  }

  @EventListener
  void on(CreditNotePosted creditNote) {
    cases.notifyCase(creditNote.customerNo(), "CreditNoteIssued");
  }

  @EventListener
  void on(InvoicePosted invoice) {
    // an invoice posted already overdue (a late import) changes what the running case dunns
    if (invoice.dueDate() != null && invoice.dueDate().isBefore(LocalDate.now(clock))
        && collections.openCase(invoice.customerNo()).isPresent()) {
      cases.notifyCase(invoice.customerNo(), "InvoicePosted");
    }
  }

  @EventListener
  void on(InvoiceWrittenOff writeOff) {
    cases.notifyCase(writeOff.customerNo(), "InvoiceWrittenOff");
  }

  @EventListener
  void on(InvoiceDisputed dispute) {
    cases.notifyCase(dispute.customerNo(), "DisputeOpened");
  }

  @EventListener
  void on(InvoiceDisputeResolved resolved) {
    cases.notifyOrStart(resolved.customerNo(), "DisputeResolved");
  }

  @EventListener
  void on(EffectiveDueDateChanged extension) {
    cases.notifyCase(extension.customerNo(), "ExtensionGranted");
  }
}
