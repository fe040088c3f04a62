package io.ardesk.workflow.orders;

import io.ardesk.orders.OrdersProperties;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The wait of an order on hold (order-to-cash, Task_HoldDueDate and Gateway_HoldWait): it has a due date, {@code
 * ardesk.orders.hold-escalation-days} after the order went on hold (or after a supervisor let it
 * keep waiting); then a supervisor decides. Leaving the hold for shipment clears the date.
 */
@Component("orderHold")
public class OrderHold {

  private final OrdersProperties properties;
  private final Clock clock;

  OrderHold(OrdersProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** Task_HoldDueDate, before the wait: the hold's start (kept while the order stays held) and the escalation date. */
  public void enter(DelegateExecution execution) {
    LocalDate since = ProcessValues.date(execution, OrderProcess.HELD_SINCE);
    if (since == null) {
      since = LocalDate.now(clock);
      execution.setVariable(OrderProcess.HELD_SINCE, since.toString());
    }
    execution.setVariable("holdEscalationAt", ProcessValues.startOf(since.plusDays(properties.holdEscalationDays())));
  }

  /** The supervisor lets the order keep waiting: another full period from today. */
  public void keepWaiting(DelegateExecution execution) {
    execution.setVariable(OrderProcess.HELD_SINCE, LocalDate.now(clock).toString());
  }

  /** The order leaves the hold (approved for shipment): a later hold starts a new period. */
  public void leave(DelegateExecution execution) {
    execution.removeVariable(OrderProcess.HELD_SINCE);
  }
}
