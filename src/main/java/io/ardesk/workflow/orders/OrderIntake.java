package io.ardesk.workflow.orders;

import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderView;
import io.ardesk.workflow.SystemAccess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for orders from the API: registers the order and starts {@code order-to-cash} in one
 * transaction (business key = order number). The credit decision runs before the first wait, so the
 * answer already carries it.
 */
@Service
public class OrderIntake {

  private final OrderService orders;
  private final RuntimeService runtime;
  private final SystemAccess system;

  OrderIntake(OrderService orders, RuntimeService runtime, SystemAccess system) {
    this.orders = orders;
    this.runtime = runtime;
    this.system = system;
  }

  @Transactional
  public OrderView receive(NewOrder order, String actor) {
    String orderNo = orders.register(order, actor).getOrderNo();
    system.run(() -> runtime.startProcessInstanceByKey(OrderProcess.PROCESS, orderNo, Map.of(
        OrderProcess.ORDER_NO, orderNo,
        OrderProcess.CUSTOMER_NO, order.customerNo().strip(),
        OrderProcess.REGISTERED, true)));
    return orders.view(orderNo);
  }
}
