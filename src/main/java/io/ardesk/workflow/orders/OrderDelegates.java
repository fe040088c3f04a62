package io.ardesk.workflow.orders;

import static io.ardesk.workflow.ProcessValues.date;
import static io.ardesk.workflow.ProcessValues.money;
import static io.ardesk.workflow.ProcessValues.startOf;
import static io.ardesk.workflow.ProcessValues.text;

import io.ardesk.orders.CreditFacts;
import io.ardesk.orders.CreditOutcome;
import io.ardesk.orders.Inquiry;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.OrdersProperties;
import io.ardesk.orders.SalesOrder;
import io.ardesk.orders.Shipment;
import io.ardesk.orders.reminders.PaymentReminders;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code order-to-cash}. Each maps the order number to one call of the orders
 * domain (or the collection-case starter) and its answer to process variables.
 */
@Configuration(proxyBeanMethods = false)
class OrderDelegates {

  static final String SYSTEM = "system";
  static final List<String> START_FORM = List.of("orderDate", "amount", "currency", "requestedShipDate");

  /** Task_RegisterOrder: an order from the Tasklist start form is registered here; one from the API already is. */
  @Bean
  JavaDelegate registerOrder(OrderService orders) {
    return execution -> {
      if (Boolean.TRUE.equals(execution.getVariable(OrderProcess.REGISTERED))) {
        return;
      }
      var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String actor = authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
      SalesOrder order = orders.register(new NewOrder(text(execution, "orderNo"), text(execution, "customerNo"),
          date(execution, "orderDate"), money(execution, "amount"), text(execution, "currency"),
          date(execution, "requestedShipDate")), actor);
      START_FORM.forEach(execution::removeVariable);
      execution.setProcessBusinessKey(order.getOrderNo());
      execution.setVariable(OrderProcess.ORDER_NO, order.getOrderNo());
      execution.setVariable(OrderProcess.CUSTOMER_NO, order.getCustomerNo());
      execution.setVariable(OrderProcess.REGISTERED, true);
    };
  }

  /** Task_GatherCreditFacts: the decision table's inputs, as of now. */
  @Bean
  JavaDelegate gatherCreditFacts(OrderService orders) {
    return execution -> {
      CreditFacts facts = orders.creditFacts(orderNo(execution));
      Map<String, Object> variables = new HashMap<>();
      variables.put("customerStatus", facts.customerStatus());
      variables.put("settlementMethod", facts.settlementMethod());
      variables.put("oldestDaysPastDue", facts.oldestDaysPastDue());
      variables.put("exposureAfterOrder", facts.exposureAfterOrder().doubleValue());
      variables.put("creditLimit", facts.creditLimit().doubleValue());
      variables.put("openWarningSigns", facts.warningSigns().size());
      execution.setVariables(variables);
    };
  }

  /** Task_RecordDecision: the table's outcome and reasons on the order. */
  @Bean
  JavaDelegate recordCreditDecision(OrderService orders) {
    return execution -> {
      CreditOutcome outcome = CreditOutcome.valueOf(text(execution, "decision"));
      boolean supervisorRequired = Boolean.TRUE.equals(execution.getVariable("supervisorRequired"));
      orders.recordDecision(orderNo(execution), outcome, supervisorRequired, text(execution, "decisionReason"), SYSTEM);
    };
  }

  /** Task_RecordCancellation: the order cancelled, with the reason sent with the message. */
  @Bean
  JavaDelegate recordCancellation(OrderService orders) {
    return execution -> orders.cancel(orderNo(execution), text(execution, "cancelReason"),
        text(execution, "cancelledBy"));
  }

  /** Task_CreateInvoice: the shipment's invoice in the ledger, and the dates the rest of the process waits for. */
  @Bean
  JavaDelegate createInvoice(OrderService orders, OrdersProperties properties) {
    return execution -> {
      String actor = text(execution, OrderProcess.SHIPPED_BY);
      SalesOrder order = orders.ship(orderNo(execution), new Shipment(date(execution, OrderProcess.SHIP_DATE),
          text(execution, OrderProcess.INVOICE_NO), money(execution, OrderProcess.SHIPPED_AMOUNT)),
          actor == null ? SYSTEM : actor);
      Map<String, Object> variables = new HashMap<>();
      variables.put("invoicePaid", order.getStatus() == OrderStatus.PAID);
      // version 2 reads these again in Task_ReadDueDate; instances still on version 1 wait for them as set here
      variables.put("dueDate", order.getDueDate().toString());
      variables.put("reminderAt", startOf(order.getDueDate().minusDays(properties.reminderDaysBeforeDue())));
      variables.put("dueAt", startOf(order.getDueDate()));
      variables.put("pastDueAt", startOf(order.getDueDate().plusDays(1)));
      execution.setVariables(variables);
    };
  }

  /** Task_CheckSupply: an order held by stopped supply ships again once the customer may receive goods. */
  @Bean
  JavaDelegate resumeSupply(OrderService orders) {
    return execution -> execution.setVariable("supplyResumed", orders.resumeSupply(orderNo(execution)));
  }

  /** Task_OpenReceiptComplaint and Task_OpenSatisfactionComplaint: a complaint from the concern recorded. */
  @Bean
  JavaDelegate openComplaint(OrderService orders, ComplaintOpening complaints) {
    return execution -> {
      Inquiry inquiry = execution.getCurrentActivityId().contains("Receipt") ? Inquiry.RECEIPT : Inquiry.SATISFACTION;
      orders.concern(orderNo(execution), inquiry).ifPresent(complaints::open);
    };
  }

  /** Task_SendReminder: the reminder e-mail into the outbox, once. */
  @Bean
  JavaDelegate writePaymentReminder(PaymentReminders reminders) {
    return execution -> {
      reminders.write(orderNo(execution));
      execution.setVariable(OrderProcess.REMINDER_DONE, true);
    };
  }

  /**
   * Task_ReadDueDate: the invoice's effective due date (an approved extension moves it) and the
   * dates the reminder, the collector's call and the hand-over wait for. Read again whenever an
   * extension moves it ({@code DueDateMoved}), so every waiting timer is created anew from the ledger.
   */
  @Bean
  JavaDelegate readDueDate(OrderService orders, OrdersProperties properties) {
    return execution -> {
      LocalDate due = orders.effectiveDueDate(orderNo(execution));
      Map<String, Object> variables = new HashMap<>();
      variables.put("dueDate", due.toString());
      variables.put("reminderAt", startOf(due.minusDays(properties.reminderDaysBeforeDue())));
      variables.put("dueAt", startOf(due));
      variables.put("pastDueAt", startOf(due.plusDays(1)));
      if (execution.getVariable(OrderProcess.REMINDER_DONE) == null) {
        variables.put(OrderProcess.REMINDER_DONE, false);
      }
      execution.setVariables(variables);
    };
  }

  /** Task_CheckPrepayment: does the credit on account cover the order now? Then it is approved for shipment. */
  @Bean
  JavaDelegate checkPrepayment(OrderService orders) {
    return execution -> execution.setVariable("prepaid", orders.prepaymentReceived(orderNo(execution)));
  }

  /** Task_HandOverToCollections: past due and unpaid, the customer's collection case takes over. */
  @Bean
  JavaDelegate handOverToCollections(OrderService orders, CollectionCaseStarter cases) {
    return execution -> {
      String orderNo = orderNo(execution);
      String customerNo = orders.get(orderNo).getCustomerNo();
      CollectionCaseStarter.Outcome outcome = cases.startOrReview(customerNo);
      orders.handedToCollections(orderNo, outcome == CollectionCaseStarter.Outcome.STARTED
          ? "collection case of " + customerNo + " started" : "the running collection case of " + customerNo
          + " looks again", SYSTEM);
    };
  }

  private static String orderNo(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }
}
