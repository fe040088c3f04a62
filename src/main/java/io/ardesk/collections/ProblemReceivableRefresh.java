package io.ardesk.collections;

import io.ardesk.ledger.event.CreditNotePosted;
import io.ardesk.ledger.event.EffectiveDueDateChanged;
import io.ardesk.ledger.event.InvoiceDisputeResolved;
import io.ardesk.ledger.event.InvoiceDisputed;
import io.ardesk.ledger.event.InvoicePosted;
import io.ardesk.ledger.event.InvoiceWrittenOff;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentReversed;
import io.ardesk.ledger.event.PaymentsImported;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Problem receivables of customers without an open collection case (docs/domain.md §7), refreshed in the
 * transaction of the ledger or dispute change that touches the customer. A customer with an open case
 * is refreshed by the case, which hears of the same change and records the flags set and cleared in
 * its history. A change that can only lower what is owed (a payment, a credit note, a write-off, a new
 * invoice ending a no-shipment spell) looks only at customers that have a flag; a dispute, its end, a
 * reversal or a new due date looks at every customer. {@link ProblemReceivables#scan} catches what
 * the passing of time changes.
 */
@Component
class ProblemReceivableRefresh {
  private final ProblemReceivables problems;
  private final CaseRepository cases;
  private final EntityManager entityManager;

  ProblemReceivableRefresh(ProblemReceivables problems, CaseRepository cases, EntityManager entityManager) {
    this.problems = problems;
    this.cases = cases;
    this.entityManager = entityManager;
  }

  @EventListener
  void on(InvoiceDisputed dispute) {
    refresh(dispute.customerNo());
  }

  @EventListener
  void on(InvoiceDisputeResolved resolved) {
    refresh(resolved.customerNo());
  }

  @EventListener
  void on(PaymentReversed reversal) {
    refresh(reversal.customerNo());
  }

  @EventListener
  void on(EffectiveDueDateChanged change) {
    refresh(change.customerNo());
  }

  @EventListener
  void on(PaymentPosted payment) {
    refreshIfFlagged(List.of(payment.customerNo()));
  }

  @EventListener
  void on(PaymentsImported imported) {
    refreshIfFlagged(imported.payments().stream().map(PaymentPosted::customerNo).distinct().toList());
  }

  @EventListener
  void on(CreditNotePosted creditNote) {
    refreshIfFlagged(List.of(creditNote.customerNo()));
  }

  @EventListener
  void on(InvoiceWrittenOff writeOff) {
    refreshIfFlagged(List.of(writeOff.customerNo()));
  }

  /**
   * A new invoice can end a no-shipment spell. An import publishes one event per invoice, so the answer
   * "has the customer a flag?" is asked once per customer and transaction (kept with the transaction,
   * and set again by each refresh in it).
   */
  @EventListener
  void on(InvoicePosted invoice) {
    Map<String, Boolean> known = flaggedInThisTransaction();
    if (known == null) {
      refreshIfFlagged(List.of(invoice.customerNo()));
    } else if (known.computeIfAbsent(invoice.customerNo(), c -> !problems.flagged(List.of(c)).isEmpty())) {
      refresh(invoice.customerNo());
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Boolean> flaggedInThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, Boolean> known = (Map<String, Boolean>) TransactionSynchronizationManager.getResource(this);
    if (known == null) {
      Map<String, Boolean> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(ProblemReceivableRefresh.this);
        }
      });
      known = created;
    }
    return known;
  }

  private void refreshIfFlagged(List<String> customerNos) {
    problems.flagged(customerNos).forEach(this::refresh);
  }

  private void refresh(String customerNo) {
    if (cases.findByOpenCustomerNo(customerNo).isEmpty()) {
      // the change is in the persistence context; the evaluation reads the ledger by SQL
      entityManager.flush();
      boolean flagged = !problems.evaluate(customerNo).active().isEmpty();
      Map<String, Boolean> known = flaggedInThisTransaction();
      if (known != null) {
        known.put(customerNo, flagged);
      }
    }
  }
}
