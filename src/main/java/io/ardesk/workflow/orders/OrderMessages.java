package io.ardesk.workflow.orders;

import io.ardesk.orders.OrderService;
import io.ardesk.orders.Shipment;
import io.ardesk.workflow.SystemAccess;
import io.ardesk.orders.OrderMessageOutbox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to running orders. The domain checks a request first (a refused one is an error for the
 * caller and sends nothing); messages about the ledger go through the outbox ({@link OrderMessageOutbox})
 * to whichever orders wait for them, after the ledger's transaction commits.
 */
@Service
public class OrderMessages {

  private final OrderService orders;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final OrderMessageOutbox outbox;

  OrderMessages(OrderService orders, RuntimeService runtime, SystemAccess system, OrderMessageOutbox outbox) {
    this.orders = orders;
    this.runtime = runtime;
    this.system = system;
    this.outbox = outbox;
  }

  /** Shipment confirmed by an ERP: the same facts the sales task "Confirm shipment" records. */
  @Transactional
  public void confirmShipment(String orderNo, Shipment shipment, String actor) {
    orders.checkShipment(orderNo, shipment);
    Map<String, Object> variables = new HashMap<>();
    variables.put(OrderProcess.SHIP_DATE, shipment.shipDate().toString());
    variables.put(OrderProcess.INVOICE_NO, shipment.invoiceNo().strip());
    variables.put(OrderProcess.SHIPPED_AMOUNT, shipment.amount().toPlainString());
    variables.put(OrderProcess.SHIPPED_BY, actor);
    system.run(() -> runtime.createMessageCorrelation(OrderProcess.SHIPMENT_CONFIRMED)
        .processInstanceBusinessKey(orders.get(orderNo).getOrderNo()).setVariables(variables).correlate());
  }

  @Transactional
  public void cancel(String orderNo, String reason, String actor) {
    orders.checkCancellable(orderNo, reason);
    system.run(() -> runtime.createMessageCorrelation(OrderProcess.ORDER_CANCELLED)
        .processInstanceBusinessKey(orders.get(orderNo).getOrderNo())
        .setVariables(Map.of("cancelReason", reason.strip(), "cancelledBy", actor)).correlate());
  }

  /**
   * The customer's situation changed (released, paid): its held orders are decided again, and its
   * orders waiting for a prepayment look whether the credit on account covers them now. Like every
   * message about the ledger below, delivered after the ledger's commit ({@link OrderMessageDelivery}).
   */
  public void recheckHeldOrders(String customerNo) {
    List<String> orderNos = new ArrayList<>(orders.heldOrders(customerNo));
    orderNos.addAll(orders.prepaymentOrders(customerNo));
    outbox.request(orderNos, OrderProcess.CREDIT_SITUATION_CHANGED);
  }

  /** An extension moved the invoice's effective due date: its order's waiting timers follow. */
  public void dueDateMoved(String invoiceNo) {
    outbox.request(orders.invoicedOrders(invoiceNo), OrderProcess.DUE_DATE_MOVED);
  }

  /** {@link #recheckHeldOrders(String)} for many customers (an import's payments), one look-up for all. */
  public void recheckHeldOrders(java.util.Collection<String> customerNos) {
    outbox.request(orders.heldOrders(customerNos), OrderProcess.CREDIT_SITUATION_CHANGED);
  }

  /**
   * Stop supply stops goods: approved orders of a customer that may not receive goods now go on hold
   * (at once, in the ledger's transaction), and their instances leave the shipment task to wait for the
   * customer's release (after the commit).
   */
  public void stopSupply(String customerNo) {
    List<String> held = new ArrayList<>();
    for (String orderNo : orders.approvedOrders(customerNo)) {
      if (orders.holdForStoppedSupply(orderNo)) {
        held.add(orderNo);
      }
    }
    outbox.request(held, OrderProcess.SUPPLY_STOPPED);
  }

  /** The orders' invoices are settled: their instances, if still running, end. */
  public void paymentReceived(java.util.Collection<String> orderNos) {
    outbox.request(orderNos, OrderProcess.PAYMENT_RECEIVED);
  }
}
