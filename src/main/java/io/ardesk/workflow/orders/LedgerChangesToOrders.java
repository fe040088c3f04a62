package io.ardesk.workflow.orders;

import io.ardesk.ledger.event.CreditNotePosted;
import io.ardesk.ledger.event.CustomerStatusChanged;
import io.ardesk.ledger.event.EffectiveDueDateChanged;
import io.ardesk.ledger.event.PaymentPosted;
import io.ardesk.ledger.event.PaymentsImported;
import io.ardesk.orders.OrderService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes what happens in the ledger to orders, in the same transaction; the order instances hear of it
 * after the commit (the order-message outbox): a settled invoice pays its order and ends its instance; a status change or a payment lets held orders be decided again; a
 * hold, closure or cash-only status stops the approved orders that wait for shipment; an extension
 * of an order's invoice moves the dates its instance waits for.
 */
@Component
class LedgerChangesToOrders {

  private final OrderService orders;
  private final OrderMessages messages;
  private final Clock clock;

  LedgerChangesToOrders(OrderService orders, OrderMessages messages, Clock clock) {
    this.orders = orders;
    this.messages = messages;
    this.clock = clock;
  }

  @EventListener
  void on(PaymentPosted payment) {
    settled(payment.settledInvoiceNos(), payment.paymentDate(), "payment " + payment.paymentNo());
    messages.recheckHeldOrders(payment.customerNo());
  }

  /** An import chunk's payments: settled invoices pay their orders; held orders looked at once per customer. */
  @EventListener
  void on(PaymentsImported imported) {
    Set<String> customers = new LinkedHashSet<>();
    List<OrderService.SettledInvoice> settled = new ArrayList<>();
    for (PaymentPosted payment : imported.payments()) {
      payment.settledInvoiceNos().forEach(invoiceNo -> settled.add(
          new OrderService.SettledInvoice(invoiceNo, payment.paymentDate(), "payment " + payment.paymentNo())));
      customers.add(payment.customerNo());
    }
    if (!settled.isEmpty()) {
      messages.paymentReceived(orders.invoicesSettled(settled));
    }
    messages.recheckHeldOrders(customers);
  }

  @EventListener
  void on(CreditNotePosted creditNote) {
    settled(creditNote.settledInvoiceNos(), LocalDate.now(clock), "credit note " + creditNote.creditNoteNo());
  }

  @EventListener
  void on(EffectiveDueDateChanged extension) {
    messages.dueDateMoved(extension.invoiceNo());
  }

  @EventListener
  void on(CustomerStatusChanged change) {
    messages.recheckHeldOrders(change.customerNo());
    messages.stopSupply(change.customerNo());
  }

  private void settled(List<String> invoiceNos, LocalDate on, String how) {
    for (String invoiceNo : invoiceNos) {
      messages.paymentReceived(orders.invoiceSettled(invoiceNo, on, how));
    }
  }
}
