package io.ardesk.workflow.orders;

import static io.ardesk.workflow.ProcessValues.choice;
import static io.ardesk.workflow.ProcessValues.date;
import static io.ardesk.workflow.ProcessValues.money;
import static io.ardesk.workflow.ProcessValues.text;

import io.ardesk.orders.CollectionCallOutcome;
import io.ardesk.orders.HeldOrderDecision;
import io.ardesk.orders.Inquiry;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.ReviewDecision;
import io.ardesk.orders.Shipment;
import io.ardesk.workflow.ProcessValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records what a person entered in an order task's form through the domain, which checks it: a
 * refused entry fails the completion with the reason, and the task stays open. Values the process
 * goes on with are put on the process, in the form the gateways and service tasks read.
 */
@Component("orderTaskRecord")
class OrderTaskRecord implements TaskListener {

  private final OrderService orders;
  private final IdentityService identity;
  private final OrderHold hold;

  OrderTaskRecord(OrderService orders, IdentityService identity, OrderHold hold) {
    this.orders = orders;
    this.identity = identity;
    this.hold = hold;
  }

  @Override
  public void notify(DelegateTask task) {
    String orderNo = task.getExecution().getProcessBusinessKey();
    String actor = ProcessValues.actor(task, identity);
    DelegateExecution process = task.getExecution();
    switch (task.getTaskDefinitionKey()) {
      case "Task_ReviewCredit" -> orders.creditReviewed(orderNo, decision(task, "reviewDecision"),
          text(task, "reviewReason"), actor);
      case "Task_ApproveOverLimit" -> orders.supervisorReviewed(orderNo, decision(task, "supervisorDecision"),
          text(task, "supervisorReason"), actor);
      case "Task_ConfirmShipment" -> {
        Shipment shipment = new Shipment(date(task, OrderProcess.SHIP_DATE), text(task, OrderProcess.INVOICE_NO),
            money(task, OrderProcess.SHIPPED_AMOUNT));
        orders.checkShipment(orderNo, shipment);
        process.setVariable(OrderProcess.SHIP_DATE, shipment.shipDate().toString());
        process.setVariable(OrderProcess.INVOICE_NO, shipment.invoiceNo().strip());
        process.setVariable(OrderProcess.SHIPPED_AMOUNT, shipment.amount().toPlainString());
        process.setVariable(OrderProcess.SHIPPED_BY, actor);
      }
      case "Task_ReceiptInquiry" -> {
        boolean problem = "PROBLEM".equals(text(task, "receiptOutcome"));
        orders.recordInquiry(orderNo, Inquiry.RECEIPT, !problem, text(task, "receiptCategory"),
            text(task, "receiptNote"), actor);
        process.setVariable("receiptProblem", problem);
      }
      case "Task_SatisfactionInquiry" -> {
        boolean dissatisfied = "DISSATISFIED".equals(text(task, "satisfactionOutcome"));
        orders.recordInquiry(orderNo, Inquiry.SATISFACTION, !dissatisfied, text(task, "satisfactionCategory"),
            text(task, "satisfactionNote"), actor);
        process.setVariable("customerDissatisfied", dissatisfied);
      }
      case "Task_CollectAsAgreed" -> orders.recordCollectionCall(orderNo,
          choice(task, "collectionOutcome", CollectionCallOutcome.class), text(task, "collectionNote"), actor);
      case "Task_DecideHeldOrder" -> {
        boolean cancelled = orders.heldOrderReviewed(orderNo, choice(task, "heldDecision", HeldOrderDecision.class),
            text(task, "heldReason"), actor);
        if (!cancelled) {
          hold.keepWaiting(process);
        }
      }
      default -> throw new IllegalStateException("nothing to record for task " + task.getTaskDefinitionKey());
    }
  }

  private static ReviewDecision decision(DelegateTask task, String name) {
    String value = text(task, name);
    try {
      return value == null ? null : ReviewDecision.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
