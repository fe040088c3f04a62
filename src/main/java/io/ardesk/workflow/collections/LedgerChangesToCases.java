package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.event.CreditNotePosted;
import io.ardesk.ledger.event.EffectiveDueDateChanged;
import io.ardesk.ledger.event.InvoiceDisputeResolved;
import io.ardesk.ledger.event.InvoiceDisputed;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentReversed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes what happens in the ledger to the customer's collection case as messages, in the same
 * transaction, so the case re-evaluates at once (DOMAIN §9).
 */
@Component
class LedgerChangesToCases {

  private final CollectionCaseStarter cases;
  private final CollectionCaseService collections;

  LedgerChangesToCases(CollectionCaseStarter cases, CollectionCaseService collections) {
    this.cases = cases;
    this.collections = collections;
  }

  @EventListener
  void on(PaymentPosted payment) {
    // most payments are for customers without a case: no correlation to look for then
    if (collections.countTowardsPromise(payment.customerNo(), payment.amount())) {
      cases.notifyCase(payment.customerNo(), "PaymentReceived");
    }
  }

  @EventListener
  void on(PaymentReversed reversal) {
    if (collections.countTowardsPromise(reversal.customerNo(), reversal.amount().negate())) {
      cases.notifyCase(reversal.customerNo(), CollectionCaseStarter.REVIEW_REQUESTED);
    }
  }

  @EventListener
  void on(CreditNotePosted creditNote) {
    cases.notifyCase(creditNote.customerNo(), "CreditNoteIssued");
  }

  @EventListener
  void on(InvoiceDisputed dispute) {
    cases.notifyCase(dispute.customerNo(), "DisputeOpened");
  }

  @EventListener
  void on(InvoiceDisputeResolved resolved) {
    cases.notifyOrStart(resolved.customerNo(), resolved.invoiceNo(), "DisputeResolved");
  }

  @EventListener
  void on(EffectiveDueDateChanged extension) {
    cases.notifyCase(extension.customerNo(), "ExtensionGranted");
  }
}
