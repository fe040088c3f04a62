package io.ardesk.workflow.orders;

import io.ardesk.ledger.customer.Customer;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderView;
import io.ardesk.orders.OrdersProperties;
import io.ardesk.workflow.ProcessValues;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each task of an order a name that says what to do, for which customer, with amount and
 * dates; the order's facts as description and as the read-only {@code orderFacts} of its form; a
 * due date; and sales tasks to the customer's own salesperson where the customer master names one.
 */
@Component("orderTaskSetup")
class OrderTaskSetup implements TaskListener {

  private final OrderService orders;
  private final OrdersProperties properties;
  private final Clock clock;

  OrderTaskSetup(OrderService orders, OrdersProperties properties, Clock clock) {
    this.orders = orders;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    OrderView order = orders.view(task.getExecution().getProcessBusinessKey());
    Customer customer = orders.customer(order.customerNo());
    String name = customer.getName();
    LocalDate today = LocalDate.now(clock);
    switch (task.getTaskDefinitionKey()) {
      case "Task_ReviewCredit" -> setup(task, "Review credit for order " + order.orderNo() + " of " + name + " ("
          + OrderFacts.amount(order) + ", " + overLimit(order) + ")", today.plusDays(properties.reviewDueDays()), 70);
      case "Task_ApproveOverLimit" -> setup(task, "Approve order " + order.orderNo() + " of " + name + " above the"
          + " credit limit (" + OrderFacts.amount(order) + ", " + overLimit(order) + ")",
          today.plusDays(properties.reviewDueDays()), 75);
      case "Task_ConfirmShipment" -> {
        LocalDate shipBy = order.requestedShipDate() == null ? today : order.requestedShipDate();
        setup(task, "Confirm shipment of order " + order.orderNo() + " to " + name + " (" + OrderFacts.amount(order)
            + ", ship by " + shipBy + ")", shipBy, 50);
        // what the form proposes, on the process: both Tasklist and completions with variables replace it there
        task.getExecution().setVariable(OrderProcess.SHIP_DATE, today.toString());
        task.getExecution().setVariable(OrderProcess.SHIPPED_AMOUNT, order.amount().doubleValue());
        salesperson(task, customer);
      }
      case "Task_ReceiptInquiry" -> {
        setup(task, "Ask " + name + " whether order " + order.orderNo() + " arrived complete (invoice "
            + order.invoiceNo() + ", " + OrderFacts.invoiced(order) + ", shipped " + order.shipDate() + ")",
            order.shipDate().plusDays(properties.receiptInquiryDays()), 50);
        salesperson(task, customer);
      }
      case "Task_SatisfactionInquiry" -> {
        setup(task, "Ask " + name + " whether they are satisfied with order " + order.orderNo() + " (invoice "
            + order.invoiceNo() + ", " + OrderFacts.invoiced(order) + ")",
            today.plusDays(properties.satisfactionInquiryDays()), 50);
        salesperson(task, customer);
      }
      case "Task_CollectAsAgreed" -> setup(task, "Collect " + OrderFacts.invoiced(order) + " from " + name
          + " due today " + order.dueDate() + " (invoice " + order.invoiceNo() + ", order " + order.orderNo() + ")",
          order.dueDate(), 60);
      case "Task_DecideHeldOrder" -> setup(task, "Order " + order.orderNo() + " of " + name + " on hold since "
          + task.getExecution().getVariable(OrderProcess.HELD_SINCE) + " (" + OrderFacts.amount(order)
          + "): keep waiting or cancel", today.plusDays(properties.reviewDueDays()), 70);
      default -> throw new IllegalStateException("no set-up for task " + task.getTaskDefinitionKey());
    }
    task.setDescription(OrderFacts.details(order, customer));
    task.setVariableLocal("orderFacts", OrderFacts.details(order, customer));
  }

  private static void setup(DelegateTask task, String name, LocalDate due, int priority) {
    task.setName(name.length() > 255 ? name.substring(0, 252) + "…" : name);
    task.setDueDate(ProcessValues.startOf(due.plusDays(1)));
    task.setPriority(priority);
  }

  /** "20.0% over the limit", "within the limit" */
  private static String overLimit(OrderView order) {
    BigDecimal percent = order.percentOverLimit();
    if (percent == null) {
      return "no credit limit";
    }
    return percent.signum() == 0 ? "within the limit" : percent.toPlainString() + "% over the limit";
  }

  private static void salesperson(DelegateTask task, Customer customer) {
    if (customer.getSalesperson() != null && !customer.getSalesperson().isBlank()) {
      task.setAssignee(customer.getSalesperson());
    }
  }
}
