package io.ardesk.workflow.orders;

import io.ardesk.orders.OrderService;
import io.ardesk.orders.Shipment;
import io.ardesk.workflow.SystemAccess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to running orders. The domain checks a request first (a refused one is an error for the
 * caller and sends nothing); messages about the ledger go to whichever orders wait for them.
 */
@Service
public class OrderMessages {

  private final OrderService orders;
  private final RuntimeService runtime;
  private final SystemAccess system;

  OrderMessages(OrderService orders, RuntimeService runtime, SystemAccess system) {
    this.orders = orders;
    this.runtime = runtime;
    this.system = system;
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
   * orders waiting for a prepayment look whether the credit on account covers them now.
   */
  public void recheckHeldOrders(String customerNo) {
    for (String orderNo : orders.heldOrders(customerNo)) {
      correlateIfWaiting(OrderProcess.CREDIT_SITUATION_CHANGED, orderNo);
    }
    for (String orderNo : orders.prepaymentOrders(customerNo)) {
      correlateIfWaiting(OrderProcess.CREDIT_SITUATION_CHANGED, orderNo);
    }
  }

  /** An extension moved the invoice's effective due date: its order's waiting timers follow. */
  public void dueDateMoved(String invoiceNo) {
    for (String orderNo : orders.invoicedOrders(invoiceNo)) {
      correlateIfWaiting(OrderProcess.DUE_DATE_MOVED, orderNo);
    }
  }

  /** {@link #recheckHeldOrders(String)} for many customers (an import's payments), one look-up for all. */
  public void recheckHeldOrders(java.util.Collection<String> customerNos) {
    for (String orderNo : orders.heldOrders(customerNos)) {
      correlateIfWaiting(OrderProcess.CREDIT_SITUATION_CHANGED, orderNo);
    }
  }

  /**
   * Stop supply stops goods: approved orders of a customer that may not receive goods now go on hold,
   * and their instances leave the shipment task to wait for the customer's release.
   */
  public void stopSupply(String customerNo) {
    for (String orderNo : orders.approvedOrders(customerNo)) {
      if (orders.holdForStoppedSupply(orderNo)) {
        correlateIfWaiting(OrderProcess.SUPPLY_STOPPED, orderNo);
      }
    }
  }

  /** The order's invoice is settled: its instance, if still running, ends. */
  public void paymentReceived(String orderNo) {
    correlateIfWaiting(OrderProcess.PAYMENT_RECEIVED, orderNo);
  }

  private void correlateIfWaiting(String message, String orderNo) {
    system.run(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(orderNo).correlateAll());
  }
}
