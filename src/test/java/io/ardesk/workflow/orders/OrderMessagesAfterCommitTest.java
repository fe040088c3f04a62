package io.ardesk.workflow.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.orders.CreditOutcome;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.OrderView;
import io.ardesk.support.CaseKit;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import io.ardesk.workflow.collections.CaseChangeDelivery.Mode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order-to-cash hears of the ledger after the ledger's commit, through the order-message outbox: a
 * payment settling an order's invoice ends the order's instance once the payment has committed; a
 * payment commits while a user's transaction holds the order's instance; a message for an instance
 * that is in a job waits until the instance waits again.
 */
@IntegrationTest
class OrderMessagesAfterCommitTest {

  static final String PROCESS = OrderProcess.PROCESS;
  static final LocalDate ORDER_DAY = LocalDate.of(2026, 3, 2);

  @Autowired CaseKit kit;
  @Autowired OrderIntake intake;
  @Autowired OrderService orders;
  @Autowired OrderMessageDelivery delivery;
  @Autowired CustomerService customers;
  @Autowired CreditGrants grants;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void orderDay() {
    kit.today(ORDER_DAY);
  }

  @AfterEach
  void reset() {
    delivery.deliverAfterCommit(Mode.SYNC);
    kit.resetClock();
  }

  String customer() {
    String customerNo = kit.customer("Acme Trading Ltd", "ap@acme.example", "en", "lily");
    grants.grant(customerNo, new BigDecimal("500000"), "B", SettlementMethod.CREDIT, 30);
    return customerNo;
  }

  OrderView order(String customerNo, String amount) {
    return intake.receive(new NewOrder(TestNumbers.unique("SO"), customerNo, ORDER_DAY, new BigDecimal(amount), null,
        ORDER_DAY.plusDays(5)), "lily");
  }

  /** An approved order of 10,000.00 shipped on the order day with its invoice. */
  OrderView shippedOrder() {
    OrderView order = order(customer(), "10000");
    kit.complete(PROCESS, order.orderNo(), "Task_ConfirmShipment", "lily", Map.of("shipDate", ORDER_DAY.toString(),
        "invoiceNo", order.orderNo() + "-INV", "shippedAmount", 10000));
    return orders.view(order.orderNo());
  }

  int waiting(String orderNo) {
    return jdbc.queryForObject("select count(*) from order_message where order_no = ?", Integer.class, orderNo);
  }

  ProcessInstance instance(String orderNo) {
    return kit.instance(PROCESS, orderNo);
  }

  @Test
  void theOrderHearsOfThePaymentAfterItsCommit() {
    OrderView order = shippedOrder();

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      kit.pay(order.customerNo(), "10000.00", order.invoiceNo());
      assertThat(orders.view(order.orderNo()).status()).as("the order is paid in the payment's transaction")
          .isEqualTo(OrderStatus.PAID);
      assertThat(instance(order.orderNo())).as("its instance is not touched before the commit").isNotNull();
      assertThat(waiting(order.orderNo())).isEqualTo(1);
    });

    assertThat(instance(order.orderNo())).as("told after the commit").isNull();
    assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_OrderPaid").list())
        .anyMatch(a -> a.getProcessInstanceId().equals(history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(order.orderNo()).singleResult().getId()));
    assertThat(waiting(order.orderNo())).isZero();
  }

  @Test
  void aPaymentCommitsWhileAUserHoldsItsOrderInstance() throws Exception {
    OrderView order = shippedOrder();
    String instanceId = instance(order.orderNo()).getId();
    delivery.deliverAfterCommit(Mode.OFF);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      // a user's transaction working on the order's instance: its executions locked until it commits
      Future<?> user = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
        jdbc.queryForList("select ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ = ? for update", instanceId);
        held.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

      Future<?> payment = threads.submit(() -> kit.pay(order.customerNo(), "10000.00", order.invoiceNo()));
      payment.get(5, TimeUnit.SECONDS);

      assertThat(orders.view(order.orderNo()).status()).isEqualTo(OrderStatus.PAID);
      assertThat(waiting(order.orderNo())).isEqualTo(1);
      release.countDown();
      user.get(10, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      threads.shutdown();
    }

    assertThat(delivery.deliverPending()).isGreaterThanOrEqualTo(1);
    assertThat(instance(order.orderNo())).isNull();
    assertThat(waiting(order.orderNo())).isZero();
  }

  @Test
  void aMessageForAnInstanceInAJobIsDeliveredOnceItWaits() {
    String customerNo = customer();
    customers.placeHold(customerNo, "A", "1", "steve", "one");
    OrderView order = order(customerNo, "5000");
    assertThat(order.decision()).isEqualTo(CreditOutcome.HOLD);
    String instanceId = instance(order.orderNo()).getId();

    customers.liftHold(customerNo, "A", "1", "steve", "lifted");
    assertThat(management.createJobQuery().processInstanceId(instanceId).messages().count())
        .as("released: the instance is in a job (asynchronous before 'Why held?')").isEqualTo(1);
    customers.placeHold(customerNo, "B", "2", "steve", "held again before the order was decided again");
    assertThat(waiting(order.orderNo())).as("no subscription while in the job: the message waits").isEqualTo(1);

    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(management.createJobQuery().processInstanceId(instanceId).messages().count()).isZero();

    assertThat(delivery.deliverPending()).isEqualTo(1);
    assertThat(waiting(order.orderNo())).isZero();
    assertThat(management.createJobQuery().processInstanceId(instanceId).messages().count())
        .as("the second release reached the instance once it waited: decided again").isEqualTo(1);
  }
}
