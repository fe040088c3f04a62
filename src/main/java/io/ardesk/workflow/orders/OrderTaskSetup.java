package io.ardesk.workflow.orders;

import io.ardesk.language.TeamLanguage;
import io.ardesk.ledger.customer.Customer;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderView;
import io.ardesk.orders.OrdersProperties;
import io.ardesk.workflow.ProcessValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
  private final TeamLanguage language;

  OrderTaskSetup(OrderService orders, OrdersProperties properties, Clock clock, TeamLanguage language) {
    this.language = language;
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
      case "Task_ReviewCredit" -> setup(task, language.text("task.order.review", order.orderNo(), name,
          money(order.amount(), order), overLimit(order)), today.plusDays(properties.reviewDueDays()), 70);
      case "Task_ApproveOverLimit" -> setup(task, language.text("task.order.approve", order.orderNo(), name,
          money(order.amount(), order), overLimit(order)), today.plusDays(properties.reviewDueDays()), 75);
      case "Task_ConfirmShipment" -> {
        LocalDate shipBy = order.requestedShipDate() == null ? today : order.requestedShipDate();
        setup(task, language.text("task.order.ship", order.orderNo(), name, money(order.amount(), order),
            language.date(shipBy)), shipBy, 50);
        // what the form proposes, on the process: both Tasklist and completions with variables replace it there
        task.getExecution().setVariable(OrderProcess.SHIP_DATE, today.toString());
        task.getExecution().setVariable(OrderProcess.SHIPPED_AMOUNT, order.amount().doubleValue());
        salesperson(task, customer);
      }
      case "Task_ReceiptInquiry" -> {
        setup(task, language.text("task.order.receipt", name, order.orderNo(), order.invoiceNo(),
            money(order.invoicedAmount(), order), language.date(order.shipDate())),
            order.shipDate().plusDays(properties.receiptInquiryDays()), 50);
        salesperson(task, customer);
      }
      case "Task_SatisfactionInquiry" -> {
        setup(task, language.text("task.order.satisfaction", name, order.orderNo(), order.invoiceNo(),
            money(order.invoicedAmount(), order)), today.plusDays(properties.satisfactionInquiryDays()), 50);
        salesperson(task, customer);
      }
      case "Task_CollectAsAgreed" -> setup(task, language.text("task.order.collect",
          money(order.invoicedAmount(), order), name,
          language.date(order.dueDate()), order.invoiceNo(), order.orderNo()), order.dueDate(), 60);
      case "Task_DecideHeldOrder" -> setup(task, language.text("task.order.held", order.orderNo(), name,
          language.date(ProcessValues.date(task.getExecution(), OrderProcess.HELD_SINCE)), money(order.amount(), order)),
          today.plusDays(properties.reviewDueDays()), 70);
      default -> throw new IllegalStateException("no set-up for task " + task.getTaskDefinitionKey());
    }
    String facts = OrderFacts.details(order, customer, language);
    task.setDescription(facts);
    task.setVariableLocal("orderFacts", facts);
  }

  private static void setup(DelegateTask task, String name, LocalDate due, int priority) {
    task.setName(name.length() > 255 ? name.substring(0, 252) + "…" : name);
    task.setDueDate(ProcessValues.startOf(due.plusDays(1)));
    task.setPriority(priority);
  }

  /** An amount of the order with its currency as the team reads it ({@code 110,000.00 CNY}, {@code 110,000.00 元}). */
  private String money(BigDecimal amount, OrderView order) {
    return language.money(amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP), order.currency());
  }

  /** "20.0% over the limit", "within the limit" */
  private String overLimit(OrderView order) {
    BigDecimal percent = order.percentOverLimit();
    if (percent == null) {
      return language.text("order.limit.none");
    }
    return percent.signum() == 0 ? language.text("order.limit.within")
        : language.text("order.limit.over", percent.toPlainString());
  }

  private static void salesperson(DelegateTask task, Customer customer) {
    if (customer.getSalesperson() != null && !customer.getSalesperson().isBlank()) {
      task.setAssignee(customer.getSalesperson());
    }
  }
}
