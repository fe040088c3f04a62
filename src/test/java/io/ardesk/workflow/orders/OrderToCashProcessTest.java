package io.ardesk.workflow.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.ledger.ConflictException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.orders.CreditOutcome;
import io.ardesk.orders.Inquiry;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderEvent;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.OrderView;
import io.ardesk.orders.Shipment;
import io.ardesk.orders.reminders.PaymentReminders;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of order-to-cash: each credit decision, review by credit and by a supervisor, hold and
 * release, cancellation, shipment by task and by message, both inquiries and their outcomes, the
 * reminder, payment before and on the due date, the hand-over when past due; and the exposure rule.
 * Also: the waits follow the invoice's effective due date when an extension moves it, an order for
 * prepayment waits for the payment on account, a held order goes to a supervisor after N days.
 */
@IntegrationTest
class OrderToCashProcessTest {

  static final String PROCESS = OrderProcess.PROCESS;
  static final LocalDate ORDER_DAY = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = ORDER_DAY.plusDays(30);

  @Autowired CaseKit kit;
  @Autowired io.ardesk.ledger.importing.ImportService imports;
  @Autowired OrderIntake intake;
  @Autowired OrderMessages messages;
  @Autowired OrderService orders;
  @Autowired PaymentReminders reminders;
  @Autowired CustomerService customers;
  @Autowired CreditGrants grants;
  @Autowired InvoiceService invoices;
  @Autowired CollectionCaseService cases;
  @Autowired ComplaintService complaints;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;

  @BeforeEach
  void orderDay() {
    kit.today(ORDER_DAY);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  // --- fixtures ---------------------------------------------------------------------------------

  /** Acme Trading Ltd, sold on credit with 30 days' terms, salesperson lily, with the limit given. */
  String customerWithLimit(String limit) {
    String customerNo = kit.customer("Acme Trading Ltd", "ap@acme.example", "en", "lily");
    grants.grant(customerNo, new BigDecimal(limit), "B", SettlementMethod.CREDIT, 30);
    return customerNo;
  }

  OrderView order(String customerNo, String amount) {
    return intake.receive(new NewOrder(TestNumbers.unique("SO"), customerNo, ORDER_DAY, new BigDecimal(amount), null,
        ORDER_DAY.plusDays(5)), "lily");
  }

  List<String> taskKeys(String orderNo) {
    return kit.tasks(orderNo).stream().map(Task::getTaskDefinitionKey).sorted().toList();
  }

  List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  boolean running(String orderNo) {
    return kit.instance(PROCESS, orderNo) != null;
  }

  /** The end events the finished instance reached (inside an event subprocess too). */
  List<String> endEvents(String orderNo) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(orderNo).finished().singleResult();
    assertThat(instance).as("finished order-to-cash of " + orderNo).isNotNull();
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityType("noneEndEvent")
        .list().stream().map(a -> a.getActivityId()).toList();
  }

  /** The activities the running instance waits in. */
  List<String> waitingAt(String orderNo) {
    return runtime.getActiveActivityIds(kit.instance(PROCESS, orderNo).getId());
  }

  void review(String orderNo, String taskKey, String user, String decisionVariable, String decision) {
    kit.complete(PROCESS, orderNo, taskKey, user, Map.of(decisionVariable, decision,
        taskKey.equals("Task_ReviewCredit") ? "reviewReason" : "supervisorReason", "checked the ledger"));
  }

  void shipByTask(String orderNo, String invoiceNo, Object amount) {
    kit.complete(PROCESS, orderNo, "Task_ConfirmShipment", "lily", Map.of("shipDate", ORDER_DAY.toString(),
        "invoiceNo", invoiceNo, "shippedAmount", amount));
  }

  /** An approved order of 10,000.00 shipped on the order day: its invoice is due on {@link #DUE}. */
  OrderView shippedOrder(String customerNo) {
    OrderView order = order(customerNo, "10000");
    shipByTask(order.orderNo(), order.orderNo() + "-INV", 10000);
    return orders.view(order.orderNo());
  }

  void inquiriesAllWell(String orderNo) {
    kit.complete(PROCESS, orderNo, "Task_ReceiptInquiry", "lily", Map.of("receiptOutcome", "RECEIVED_OK"));
    kit.complete(PROCESS, orderNo, "Task_SatisfactionInquiry", "lily", Map.of("satisfactionOutcome", "SATISFIED"));
  }

  // --- the credit decision ------------------------------------------------------------------------

  @Test
  void anOrderWithinTheLimitIsApprovedAndWaitsForShipmentBySalesperson() {
    String customerNo = customerWithLimit("500000");
    OrderView order = order(customerNo, "100000");

    assertThat(order.decision()).isEqualTo(CreditOutcome.APPROVED);
    assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(order.availableCredit()).isEqualByComparingTo("500000.00");
    assertThat(order.reasons()).containsExactly("Within the credit limit, no warning sign",
        "Exposure 0.00 + order 100,000.00 = 100,000.00 against a limit of 500,000.00 (available credit 500,000.00)");
    Task ship = kit.task(order.orderNo(), "Task_ConfirmShipment");
    assertThat(ship.getName()).isEqualTo("Confirm shipment of order " + order.orderNo()
        + " to Acme Trading Ltd (100,000.00 CNY, ship by 2026-03-07)");
    assertThat(ship.getAssignee()).isEqualTo("lily");
    assertThat(groups(ship)).containsExactly("sales");
    assertThat(ship.getDescription()).isEqualTo("Order " + order.orderNo() + " of Acme Trading Ltd (" + customerNo
        + "), ordered 2026-03-02: 100,000.00 CNY, ship by 2026-03-07\n"
        + "Status APPROVED, credit decision APPROVED\n"
        + "  - Within the credit limit, no warning sign\n"
        + "  - Exposure 0.00 + order 100,000.00 = 100,000.00 against a limit of 500,000.00 (available credit 500,000.00)\n"
        + "Customer: status ACTIVE, settlement CREDIT, 30 days, limit 500,000.00, grade B\n"
        + "Contact: Ms Li, phone +86 21 5555 0000, e-mail ap@acme.example");
    assertThat(taskService.getVariableLocal(ship.getId(), "orderFacts")).isEqualTo(ship.getDescription());
    assertThat(kit.instance(PROCESS, order.orderNo()).getBusinessKey()).isEqualTo(order.orderNo());
  }

  @Test
  void anApprovedOrderReducesTheAvailableCreditForTheNextOne() {
    String customerNo = customerWithLimit("100000");
    OrderView first = order(customerNo, "70000");
    assertThat(first.decision()).isEqualTo(CreditOutcome.APPROVED);

    OrderView second = order(customerNo, "40000");
    assertThat(second.decision()).as("70,000 approved + 40,000 > 100,000").isEqualTo(CreditOutcome.CREDIT_REVIEW);
    assertThat(second.availableCredit()).isEqualByComparingTo("30000.00");
    assertThat(second.exposure()).isEqualByComparingTo("70000.00");

    shipByTask(first.orderNo(), first.orderNo() + "-INV", 70000);
    OrderView third = order(customerNo, "30000");
    assertThat(third.decision()).as("the shipped order counts once, as an open invoice").isEqualTo(CreditOutcome.APPROVED);
    assertThat(third.availableCredit()).isEqualByComparingTo("30000.00");
  }

  @Test
  void creditApprovesAnOrderOverTheLimit() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "110000");
    assertThat(order.decision()).isEqualTo(CreditOutcome.CREDIT_REVIEW);
    assertThat(order.supervisorRequired()).isFalse();
    Task task = kit.task(order.orderNo(), "Task_ReviewCredit");
    assertThat(task.getName()).isEqualTo("Review credit for order " + order.orderNo()
        + " of Acme Trading Ltd (110,000.00 CNY, 10.0% over the limit)");
    assertThat(groups(task)).containsExactly("credit");

    review(order.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "APPROVE");

    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.APPROVED);
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ConfirmShipment");
    assertThat(orders.view(order.orderNo()).history()).extracting(OrderView.Event::actor).contains("carol");
  }

  @Test
  void creditRejectsAnOrder() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "110000");
    review(order.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "REJECT");

    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.REJECTED);
    assertThat(running(order.orderNo())).isFalse();
    assertThat(endEvents(order.orderNo())).containsExactly("EndEvent_Rejected");
  }

  @Test
  void creditAsksForPrepayment() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "110000");
    review(order.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "PREPAYMENT");

    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.PREPAYMENT_REQUIRED);
    assertThat(waitingAt(order.orderNo())).containsExactly("Message_PrepaymentArrived");
  }

  @Test
  void aReviewWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "110000");
    Task task = kit.task(order.orderNo(), "Task_ReviewCredit");
    taskService.claim(task.getId(), "carol");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("reviewDecision", "APPROVE")))
        .hasMessageContaining("give the reason for the decision");
    assertThat(kit.task(order.orderNo(), "Task_ReviewCredit")).isNotNull();
  }

  @Test
  void moreThanTwentyPercentOverTheLimitNeedsASupervisorAfterCredit() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "120000.01");
    assertThat(order.decision()).isEqualTo(CreditOutcome.CREDIT_REVIEW);
    assertThat(order.supervisorRequired()).isTrue();

    review(order.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "APPROVE");
    assertThat(orders.get(order.orderNo()).getStatus()).as("credit alone may not").isEqualTo(OrderStatus.IN_CREDIT_REVIEW);
    Task approval = kit.task(order.orderNo(), "Task_ApproveOverLimit");
    assertThat(groups(approval)).containsExactly("supervisor");
    assertThat(approval.getName()).isEqualTo("Approve order " + order.orderNo()
        + " of Acme Trading Ltd above the credit limit (120,000.01 CNY, 20.0% over the limit)");

    review(order.orderNo(), "Task_ApproveOverLimit", "steve", "supervisorDecision", "APPROVE");
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.APPROVED);
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ConfirmShipment");
  }

  @Test
  void exactlyTwentyPercentOverTheLimitIsCreditsAlone() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "120000");
    assertThat(order.supervisorRequired()).isFalse();
    review(order.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "APPROVE");
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ConfirmShipment");
  }

  @Test
  void theSupervisorRejectsOrAsksForPrepayment() {
    String customerNo = customerWithLimit("100000");
    OrderView rejected = order(customerNo, "150000");
    review(rejected.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "APPROVE");
    review(rejected.orderNo(), "Task_ApproveOverLimit", "steve", "supervisorDecision", "REJECT");
    assertThat(orders.get(rejected.orderNo()).getStatus()).isEqualTo(OrderStatus.REJECTED);
    assertThat(endEvents(rejected.orderNo())).containsExactly("EndEvent_Rejected");

    OrderView prepaid = order(customerNo, "150000");
    review(prepaid.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "APPROVE");
    review(prepaid.orderNo(), "Task_ApproveOverLimit", "steve", "supervisorDecision", "PREPAYMENT");
    assertThat(orders.get(prepaid.orderNo()).getStatus()).isEqualTo(OrderStatus.PREPAYMENT_REQUIRED);
  }

  @Test
  void aClosedCustomerIsRejectedAndACashOnlyOneMustPrepay() {
    String closed = customerWithLimit("100000");
    customers.changeStatus(closed, CustomerStatus.CLOSED, "carol", "ceased trading");
    OrderView rejected = order(closed, "100");
    assertThat(rejected.decision()).isEqualTo(CreditOutcome.REJECTED);
    assertThat(running(rejected.orderNo())).isFalse();
    assertThat(endEvents(rejected.orderNo())).containsExactly("EndEvent_Rejected");

    String cashOnly = customerWithLimit("100000");
    customers.changeStatus(cashOnly, CustomerStatus.CASH_ONLY, "carol", "credit line cancelled");
    OrderView prepay = order(cashOnly, "100");
    assertThat(prepay.decision()).isEqualTo(CreditOutcome.PREPAYMENT_REQUIRED);
    assertThat(waitingAt(prepay.orderNo())).containsExactly("Message_PrepaymentArrived");
  }

  // --- hold (stop supply) -----------------------------------------------------------------------

  @Test
  void aHeldOrderWaitsUntilTheCustomerIsReleasedAndIsThenDecidedAgain() {
    String customerNo = customerWithLimit("100000");
    customers.placeHold(customerNo, "FRAUD_SUSPECTED", "memo-1", "steve", "checking");
    OrderView order = order(customerNo, "5000");
    assertThat(order.decision()).isEqualTo(CreditOutcome.HOLD);
    assertThat(kit.tasks(order.orderNo())).isEmpty();
    assertThat(orders.heldOrders(customerNo)).containsExactly(order.orderNo());

    customers.liftHold(customerNo, "FRAUD_SUSPECTED", "memo-1", "steve", "cleared");
    kit.runDueJobs(PROCESS, order.orderNo());

    OrderView released = orders.view(order.orderNo());
    assertThat(released.status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(released.history()).extracting(OrderView.Event::kind)
        .containsExactly(OrderEvent.Kind.RECEIVED, OrderEvent.Kind.CREDIT_DECIDED, OrderEvent.Kind.CREDIT_DECIDED);
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ConfirmShipment");
  }

  @Test
  void anItemMoreThanThirtyDaysPastDueHoldsTheOrderUntilItIsPaid() {
    String customerNo = customerWithLimit("100000");
    kit.invoice(customerNo, customerNo + "-OLD", ORDER_DAY.minusDays(61), ORDER_DAY.minusDays(31), "2000.00");
    OrderView order = order(customerNo, "5000");
    assertThat(order.decision()).isEqualTo(CreditOutcome.HOLD);
    assertThat(order.reasons()).contains("Oldest undisputed invoice 31 days past due");

    kit.pay(customerNo, "2000.00", customerNo + "-OLD");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.APPROVED);
  }

  @Test
  void thirtyDaysPastDueDoesNotHoldTheOrder() {
    String customerNo = customerWithLimit("100000");
    kit.invoice(customerNo, customerNo + "-OLD", ORDER_DAY.minusDays(60), ORDER_DAY.minusDays(30), "2000.00");
    assertThat(order(customerNo, "5000").decision()).isEqualTo(CreditOutcome.APPROVED);
  }

  @Test
  void aHeldOrderStillOnHoldAfterAChangeKeepsWaiting() {
    String customerNo = customerWithLimit("100000");
    customers.placeHold(customerNo, "A", "1", "steve", "one");
    customers.placeHold(customerNo, "B", "2", "steve", "two");
    OrderView order = order(customerNo, "5000");

    customers.liftHold(customerNo, "A", "1", "steve", "one lifted");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(running(order.orderNo())).isTrue();
  }

  @Test
  void aHeldOrderCanBeCancelled() {
    String customerNo = customerWithLimit("100000");
    customers.placeHold(customerNo, "FRAUD_SUSPECTED", "memo-2", "steve", "checking");
    OrderView order = order(customerNo, "5000");

    messages.cancel(order.orderNo(), "customer withdrew the order", "lily");

    OrderView cancelled = orders.view(order.orderNo());
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.history()).last().satisfies(e -> {
      assertThat(e.note()).isEqualTo("customer withdrew the order");
      assertThat(e.actor()).isEqualTo("lily");
    });
    assertThat(running(order.orderNo())).isFalse();
    assertThat(endEvents(order.orderNo())).containsExactly("EndEvent_OrderCancelled");
    assertThat(orders.heldOrders(customerNo)).isEmpty();
  }

  // --- shipment and invoice -----------------------------------------------------------------------

  @Test
  void salesConfirmsTheShipmentAndTheInvoiceIsCreatedDueAfterTheTerms() {
    String customerNo = customerWithLimit("500000");
    OrderView order = order(customerNo, "10000");
    Task ship = kit.task(order.orderNo(), "Task_ConfirmShipment");
    assertThat(taskService.getVariable(ship.getId(), "shippedAmount")).isEqualTo(10000.0);

    shipByTask(order.orderNo(), order.orderNo() + "-INV", 9500.5);

    OrderView shipped = orders.view(order.orderNo());
    assertThat(shipped.status()).isEqualTo(OrderStatus.INVOICED);
    assertThat(shipped.dueDate()).isEqualTo(DUE);
    var invoice = invoices.get(order.orderNo() + "-INV");
    assertThat(invoice.getAmount()).isEqualByComparingTo("9500.50");
    assertThat(invoice.getIssueDate()).isEqualTo(ORDER_DAY);
    assertThat(invoice.getDueDate()).isEqualTo(DUE);
    assertThat(invoice.getContractNo()).isEqualTo(order.orderNo());
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ReceiptInquiry");
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_ReminderDate")).isEqualTo(DUE.minusDays(7).atStartOfDay());
  }

  @Test
  void anErpConfirmsTheShipmentWithTheSameMessage() {
    String customerNo = customerWithLimit("500000");
    OrderView order = order(customerNo, "10000");

    messages.confirmShipment(order.orderNo(), new Shipment(ORDER_DAY, order.orderNo() + "-ERP",
        new BigDecimal("10000.00")), "erp");

    OrderView shipped = orders.view(order.orderNo());
    assertThat(shipped.status()).isEqualTo(OrderStatus.INVOICED);
    assertThat(shipped.invoiceNo()).isEqualTo(order.orderNo() + "-ERP");
    assertThat(kit.task(order.orderNo(), "Task_ConfirmShipment")).isNull();
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ReceiptInquiry");
    assertThat(shipped.history()).filteredOn(e -> e.kind() == OrderEvent.Kind.SHIPPED)
        .extracting(OrderView.Event::actor).containsExactly("erp");
  }

  @Test
  void aShipmentAboveTheApprovedAmountOrOfAHeldOrderIsRefused() {
    String customerNo = customerWithLimit("500000");
    OrderView order = order(customerNo, "10000");
    assertThatThrownBy(() -> messages.confirmShipment(order.orderNo(), new Shipment(ORDER_DAY, "X-1",
        new BigDecimal("10000.01")), "erp")).isInstanceOf(InvalidInputException.class);
    assertThat(kit.task(order.orderNo(), "Task_ConfirmShipment")).isNotNull();

    String heldCustomer = customerWithLimit("500000");
    customers.placeHold(heldCustomer, "FRAUD_SUSPECTED", "memo-3", "steve", "checking");
    OrderView held = order(heldCustomer, "100");
    assertThatThrownBy(() -> messages.confirmShipment(held.orderNo(), new Shipment(ORDER_DAY, held.orderNo() + "-I",
        new BigDecimal("100")), "erp")).isInstanceOf(ConflictException.class).hasMessageContaining("ON_HOLD");
  }

  @Test
  void aShippedOrderCanNoLongerBeCancelled() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    assertThatThrownBy(() -> messages.cancel(order.orderNo(), "too late", "lily"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void anImportedPaymentFileSettlingTwoOrdersInvoicesEndsBothAsPaid() {
    OrderView first = shippedOrder(customerWithLimit("500000"));
    OrderView second = shippedOrder(customerWithLimit("500000"));
    OrderView unpaid = shippedOrder(customerWithLimit("500000"));
    LocalDate paidOn = DUE.minusDays(3);
    String file = "payment_no,customer_no,payment_date,amount,invoice_no\n"
        + first.orderNo() + "-P," + first.customerNo() + "," + paidOn + ",10000.00," + first.invoiceNo() + "\n"
        + unpaid.orderNo() + "-P," + unpaid.customerNo() + "," + paidOn + ",9999.99," + unpaid.invoiceNo() + "\n"
        + second.orderNo() + "-P," + second.customerNo() + "," + paidOn + ",10000.00,\n";

    imports.importPayments(new java.io.StringReader(file), "frank");

    for (OrderView paid : List.of(first, second)) {
      assertThat(orders.view(paid.orderNo()).status()).isEqualTo(OrderStatus.PAID);
      assertThat(orders.view(paid.orderNo()).paidOn()).isEqualTo(paidOn);
      assertThat(running(paid.orderNo())).isFalse();
      assertThat(endEvents(paid.orderNo())).containsExactly("EndEvent_OrderPaid");
    }
    assertThat(orders.view(unpaid.orderNo()).status()).as("0.01 still open").isNotEqualTo(OrderStatus.PAID);
    assertThat(running(unpaid.orderNo())).isTrue();
  }

  @Test
  void creditOnAccountSettlingTheNewInvoiceEndsTheOrderAsPaid() {
    String customerNo = customerWithLimit("500000");
    kit.pay(customerNo, "10000.00");
    OrderView order = shippedOrder(customerNo);

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(running(order.orderNo())).isFalse();
    assertThat(endEvents(order.orderNo())).containsExactly("EndEvent_PaidOnAccount");
  }

  // --- inquiries after shipment -------------------------------------------------------------------

  @Test
  void bothInquiriesGoToTheSalespersonAndAllWellRecordsNoConcern() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    Task receipt = kit.task(order.orderNo(), "Task_ReceiptInquiry");
    assertThat(receipt.getAssignee()).isEqualTo("lily");
    assertThat(receipt.getName()).isEqualTo("Ask Acme Trading Ltd whether order " + order.orderNo()
        + " arrived complete (invoice " + order.invoiceNo() + ", 10,000.00 CNY, shipped 2026-03-02)");

    kit.complete(PROCESS, order.orderNo(), "Task_ReceiptInquiry", "lily", Map.of("receiptOutcome", "RECEIVED_OK"));
    Task satisfaction = kit.task(order.orderNo(), "Task_SatisfactionInquiry");
    assertThat(satisfaction.getAssignee()).isEqualTo("lily");
    assertThat(satisfaction.getName()).startsWith("Ask Acme Trading Ltd whether they are satisfied with order");
    kit.complete(PROCESS, order.orderNo(), "Task_SatisfactionInquiry", "lily",
        Map.of("satisfactionOutcome", "SATISFIED"));

    OrderView view = orders.view(order.orderNo());
    assertThat(view.concerns()).isEmpty();
    assertThat(view.history()).extracting(OrderView.Event::kind)
        .contains(OrderEvent.Kind.RECEIPT_CONFIRMED, OrderEvent.Kind.CUSTOMER_SATISFIED);
    assertThat(running(order.orderNo())).as("still waiting for payment").isTrue();
  }

  @Test
  void aReceiptProblemAndDissatisfactionEachOpenAComplaintOnTheInvoice() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    kit.complete(PROCESS, order.orderNo(), "Task_ReceiptInquiry", "lily", Map.of("receiptOutcome", "PROBLEM",
        "receiptCategory", "QUANTITY", "receiptNote", "two cartons missing"));
    kit.complete(PROCESS, order.orderNo(), "Task_SatisfactionInquiry", "lily", Map.of("satisfactionOutcome",
        "DISSATISFIED", "satisfactionCategory", "QUALITY", "satisfactionNote", "scratched casings"));

    OrderView view = orders.view(order.orderNo());
    assertThat(view.concerns()).extracting(OrderView.Concern::inquiry, OrderView.Concern::category,
        OrderView.Concern::description).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Inquiry.RECEIPT, "QUANTITY", "two cartons missing"),
            org.assertj.core.groups.Tuple.tuple(Inquiry.SATISFACTION, "QUALITY", "scratched casings"));
    List<String> complaintNos = view.concerns().stream().map(OrderView.Concern::complaintNo).toList();
    assertThat(complaintNos).doesNotContainNull().doesNotHaveDuplicates();
    for (String complaintNo : complaintNos) {
      var complaint = complaints.get(complaintNo);
      assertThat(complaint.getCustomerNo()).isEqualTo(order.customerNo());
      assertThat(complaint.getSourceReference()).isEqualTo(order.orderNo());
      assertThat(kit.instance("complaint-handling", complaintNo)).isNotNull();
    }
    assertThat(complaints.get(complaintNos.get(0)).getSource()).isEqualTo(ComplaintSource.DELIVERY_INQUIRY);
    assertThat(complaints.get(complaintNos.get(1)).getSource()).isEqualTo(ComplaintSource.SATISFACTION_INQUIRY);
    assertThat(invoices.get(order.invoiceNo()).isDisputed()).as("left out of dunning while the complaint runs").isTrue();
    assertThat(view.history()).filteredOn(e -> e.note() != null && e.note().matches("complaint .* opened"))
        .hasSize(2);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(
        kit.instance(PROCESS, order.orderNo()).getId()).activityId("Task_OpenSatisfactionComplaint").count())
        .isEqualTo(1);
  }

  @Test
  void aProblemWithoutCategoryOrDescriptionIsRefused() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    Task task = kit.task(order.orderNo(), "Task_ReceiptInquiry");
    taskService.claim(task.getId(), "lily");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("receiptOutcome", "PROBLEM")))
        .hasMessageContaining("choose what the problem is about");
    assertThat(kit.task(order.orderNo(), "Task_ReceiptInquiry")).isNotNull();
  }

  // --- reminder, due date, payment, hand-over -------------------------------------------------

  @Test
  void theReminderIsWrittenOnceNDaysBeforeTheDueDate() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_ReminderDate");

    OutgoingLetter reminder = reminders.of(order.orderNo()).orElseThrow();
    assertThat(reminder.getDelivery()).isEqualTo(OutgoingLetter.Delivery.PENDING);
    assertThat(reminder.getRecipient()).isEqualTo("ap@acme.example");
    assertThat(reminder.getSubject()).isEqualTo("Payment reminder: invoice " + order.invoiceNo()
        + " (10,000.00 CNY) is due on 2026-04-01");
    assertThat(reminders.write(order.orderNo())).map(OutgoingLetter::getId).contains(reminder.getId());
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_DueDate")).isEqualTo(DUE.atStartOfDay());
  }

  @Test
  void paidBeforeTheDueDateTheInstanceEndsAndNoCollectorIsCalled() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    String customerNo = order.customerNo();
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_ReminderDate");

    kit.pay(customerNo, "10000.00", order.invoiceNo());

    assertThat(running(order.orderNo())).isFalse();
    assertThat(endEvents(order.orderNo())).containsExactly("EndEvent_OrderPaid");
    OrderView paid = orders.view(order.orderNo());
    assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    assertThat(paid.paidOn()).isEqualTo(DUE.minusDays(7));
    assertThat(kit.tasks(order.orderNo())).isEmpty();
  }

  @Test
  void aPartPaymentLeavesTheOrderOpen() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    kit.pay(order.customerNo(), "4000.00", order.invoiceNo());
    assertThat(running(order.orderNo())).isTrue();
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.INVOICED);
  }

  @Test
  void onTheDueDateACollectorCollectsAndPaymentThatDayEndsTheInstance() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_ReminderDate");
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_DueDate");

    Task collect = kit.task(order.orderNo(), "Task_CollectAsAgreed");
    assertThat(collect.getName()).isEqualTo("Collect 10,000.00 CNY from Acme Trading Ltd due today 2026-04-01"
        + " (invoice " + order.invoiceNo() + ", order " + order.orderNo() + ")");
    assertThat(groups(collect)).containsExactly("credit");
    kit.complete(PROCESS, order.orderNo(), "Task_CollectAsAgreed", "carol", Map.of("collectionOutcome", "PAYS_TODAY",
        "collectionNote", "Ms Li confirms the transfer"));

    kit.pay(order.customerNo(), "10000.00", order.invoiceNo());
    assertThat(running(order.orderNo())).isFalse();
    assertThat(orders.view(order.orderNo()).paidOn()).isEqualTo(DUE);
    assertThat(kit.instance("collection-case", order.customerNo())).isNull();
  }

  @Test
  void pastDueAndUnpaidTheCollectionCaseTakesOver() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    inquiriesAllWell(order.orderNo());
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_ReminderDate");
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_DueDate");
    kit.complete(PROCESS, order.orderNo(), "Task_CollectAsAgreed", "carol", Map.of("collectionOutcome", "NO_CONTACT"));

    assertThat(kit.fireTimer(PROCESS, order.orderNo(), "Timer_PastDue")).isEqualTo(DUE.plusDays(1).atStartOfDay());

    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.HANDED_TO_COLLECTIONS);
    assertThat(kit.instance("collection-case", order.customerNo())).isNotNull();
    assertThat(cases.openCase(order.customerNo())).isPresent();
    assertThat(running(order.orderNo())).as("inquiries done, handed over: nothing left").isFalse();
    assertThat(endEvents(order.orderNo())).containsExactlyInAnyOrder("EndEvent_InquiriesDone", "EndEvent_HandedOver");

    kit.pay(order.customerNo(), "10000.00", order.invoiceNo());
    assertThat(orders.get(order.orderNo()).getStatus()).as("paid later, to the case").isEqualTo(OrderStatus.PAID);
  }

  @Test
  void anUnfinishedCollectorTaskIsOvertakenByTheHandOver() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_ReminderDate");
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_DueDate");
    assertThat(kit.task(order.orderNo(), "Task_CollectAsAgreed")).isNotNull();

    kit.fireTimer(PROCESS, order.orderNo(), "Timer_PastDueDuringCall");

    assertThat(kit.task(order.orderNo(), "Task_CollectAsAgreed")).isNull();
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.HANDED_TO_COLLECTIONS);
    assertThat(kit.instance("collection-case", order.customerNo())).isNotNull();
    assertThat(taskKeys(order.orderNo())).as("the inquiries go on").containsExactly("Task_ReceiptInquiry");
  }

  @Test
  void aReminderDateAlreadyPastWritesNoReminderOnceTheDueDateHasPassed() {
    String customerNo = customerWithLimit("500000");
    OrderView order = order(customerNo, "1000");
    kit.today(ORDER_DAY.plusDays(40));
    assertThat(reminders.write(order.orderNo())).as("not invoiced").isEmpty();
    messages.confirmShipment(order.orderNo(), new Shipment(ORDER_DAY, order.orderNo() + "-LATE",
        new BigDecimal("1000")), "erp");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(reminders.of(order.orderNo())).as("due date passed: no reminder").isEmpty();
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.HANDED_TO_COLLECTIONS);
  }

  // --- the effective due date, prepayment, long holds ------------------------------------------

  @Test
  void anExtensionMovesTheReminderTheCollectorsCallAndTheHandOver() {
    OrderView order = shippedOrder(customerWithLimit("500000"));
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_ReminderDate")).isEqualTo(DUE.minusDays(7).atStartOfDay());

    invoices.extendDueDate(order.invoiceNo(), DUE.plusDays(20), "EXT-1");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_ReminderDate")).isEqualTo(DUE.plusDays(13).atStartOfDay());
    OrderView moved = orders.view(order.orderNo());
    assertThat(moved.dueDate()).isEqualTo(DUE.plusDays(20));
    assertThat(moved.history()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(OrderEvent.Kind.DUE_DATE_MOVED);
      assertThat(e.note()).isEqualTo("invoice " + order.invoiceNo() + " now due 2026-04-21 (was 2026-04-01)");
    });

    kit.fireTimer(PROCESS, order.orderNo(), "Timer_ReminderDate");
    assertThat(reminders.of(order.orderNo()).orElseThrow().getSubject()).isEqualTo("Payment reminder: invoice "
        + order.invoiceNo() + " (10,000.00 CNY) is due on 2026-04-21");
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_DueDate")).isEqualTo(DUE.plusDays(20).atStartOfDay());

    invoices.extendDueDate(order.invoiceNo(), DUE.plusDays(30), "EXT-2");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_ReminderDate")).as("written once").isNull();
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_DueDate")).isEqualTo(DUE.plusDays(30).atStartOfDay());

    kit.fireTimer(PROCESS, order.orderNo(), "Timer_DueDate");
    assertThat(kit.task(order.orderNo(), "Task_CollectAsAgreed").getName()).isEqualTo("Collect 10,000.00 CNY from"
        + " Acme Trading Ltd due today 2026-05-01 (invoice " + order.invoiceNo() + ", order " + order.orderNo() + ")");

    invoices.extendDueDate(order.invoiceNo(), DUE.plusDays(40), "EXT-3");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(kit.task(order.orderNo(), "Task_CollectAsAgreed")).as("not due any more").isNull();
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_DueDate")).isEqualTo(DUE.plusDays(40).atStartOfDay());

    kit.fireTimer(PROCESS, order.orderNo(), "Timer_DueDate");
    kit.complete(PROCESS, order.orderNo(), "Task_CollectAsAgreed", "carol", Map.of("collectionOutcome", "NO_CONTACT"));
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_PastDue")).isEqualTo(DUE.plusDays(41).atStartOfDay());

    invoices.extendDueDate(order.invoiceNo(), DUE.plusDays(50), "EXT-4");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_PastDue")).isNull();
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_DueDate")).isEqualTo(DUE.plusDays(50).atStartOfDay());
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_DueDate");
    assertThat(kit.fireTimer(PROCESS, order.orderNo(), "Timer_PastDueDuringCall"))
        .isEqualTo(DUE.plusDays(51).atStartOfDay());
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.HANDED_TO_COLLECTIONS);
    assertThat(reminders.of(order.orderNo())).isPresent();
  }

  @Test
  void anOrderForPrepaymentShipsOnceThePaymentOnAccountCoversIt() {
    String customerNo = customerWithLimit("100000");
    customers.changeStatus(customerNo, CustomerStatus.CASH_ONLY, "carol", "credit line cancelled");
    OrderView order = order(customerNo, "1000");
    assertThat(order.status()).isEqualTo(OrderStatus.PREPAYMENT_REQUIRED);

    kit.pay(customerNo, "600.00");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(orders.get(order.orderNo()).getStatus()).as("600.00 does not cover 1,000.00")
        .isEqualTo(OrderStatus.PREPAYMENT_REQUIRED);
    assertThat(waitingAt(order.orderNo())).containsExactly("Message_PrepaymentArrived");

    kit.pay(customerNo, "400.00");
    kit.runDueJobs(PROCESS, order.orderNo());
    OrderView prepaid = orders.view(order.orderNo());
    assertThat(prepaid.status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(prepaid.history()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(OrderEvent.Kind.PREPAYMENT_RECEIVED);
      assertThat(e.note()).isEqualTo("prepaid: 1,000.00 CNY on account covers the order's 1,000.00");
    });
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ConfirmShipment");

    shipByTask(order.orderNo(), order.orderNo() + "-INV", 1000);
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.PAID);
    assertThat(endEvents(order.orderNo())).containsExactly("EndEvent_PaidOnAccount");
  }

  @Test
  void anOrderWaitingForItsPrepaymentCanBeCancelled() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "110000");
    review(order.orderNo(), "Task_ReviewCredit", "carol", "reviewDecision", "PREPAYMENT");

    messages.cancel(order.orderNo(), "customer will not prepay", "lily");

    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(endEvents(order.orderNo())).containsExactly("EndEvent_OrderCancelled");
  }

  @Test
  void anOrderOnHoldForLongGoesToASupervisorWhoLetsItWaitUntilTheRelease() {
    String customerNo = customerWithLimit("100000");
    customers.placeHold(customerNo, "FRAUD_SUSPECTED", "memo-4", "steve", "checking");
    OrderView order = order(customerNo, "5000");
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_HoldEscalation"))
        .isEqualTo(ORDER_DAY.plusDays(14).atStartOfDay());

    kit.fireTimer(PROCESS, order.orderNo(), "Timer_HoldEscalation");
    Task decide = kit.task(order.orderNo(), "Task_DecideHeldOrder");
    assertThat(groups(decide)).containsExactly("supervisor");
    assertThat(decide.getName()).isEqualTo("Order " + order.orderNo() + " of Acme Trading Ltd on hold since 2026-03-02"
        + " (5,000.00 CNY): keep waiting or cancel");
    taskService.claim(decide.getId(), "steve");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("heldDecision", "KEEP_WAITING")))
        .hasMessageContaining("give the reason for the decision");

    kit.complete(PROCESS, order.orderNo(), "Task_DecideHeldOrder", "steve", Map.of("heldDecision", "KEEP_WAITING",
        "heldReason", "the fraud check takes another two weeks"));
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_HoldEscalation"))
        .isEqualTo(ORDER_DAY.plusDays(28).atStartOfDay());

    kit.fireTimer(PROCESS, order.orderNo(), "Timer_HoldEscalation");
    assertThat(kit.task(order.orderNo(), "Task_DecideHeldOrder")).isNotNull();
    customers.liftHold(customerNo, "FRAUD_SUSPECTED", "memo-4", "steve", "cleared");
    kit.runDueJobs(PROCESS, order.orderNo());

    assertThat(kit.task(order.orderNo(), "Task_DecideHeldOrder")).as("withdrawn by the release").isNull();
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.APPROVED);
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ConfirmShipment");
  }

  @Test
  void aSupervisorCancelsAnOrderHeldTooLong() {
    String customerNo = customerWithLimit("100000");
    kit.invoice(customerNo, customerNo + "-OLD", ORDER_DAY.minusDays(61), ORDER_DAY.minusDays(31), "2000.00");
    OrderView order = order(customerNo, "5000");
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_HoldEscalation");

    kit.complete(PROCESS, order.orderNo(), "Task_DecideHeldOrder", "steve", Map.of("heldDecision", "CANCEL",
        "heldReason", "no payment in sight"));

    OrderView cancelled = orders.view(order.orderNo());
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.history()).last().satisfies(e -> {
      assertThat(e.note()).isEqualTo("on hold too long: no payment in sight");
      assertThat(e.actor()).isEqualTo("steve");
    });
    assertThat(endEvents(order.orderNo())).containsExactly("EndEvent_HeldOrderCancelled");
  }

  @Test
  void anOrderHeldByStoppedSupplyEscalatesTooAndShipsWhenReleased() {
    String customerNo = customerWithLimit("100000");
    OrderView order = order(customerNo, "5000");
    customers.placeHold(customerNo, "FRAUD_SUSPECTED", "memo-5", "steve", "checking");
    kit.runDueJobs(PROCESS, order.orderNo());
    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.ON_HOLD);
    kit.fireTimer(PROCESS, order.orderNo(), "Timer_HoldEscalation");
    kit.complete(PROCESS, order.orderNo(), "Task_DecideHeldOrder", "steve", Map.of("heldDecision", "KEEP_WAITING",
        "heldReason", "waiting for the check"));

    customers.liftHold(customerNo, "FRAUD_SUSPECTED", "memo-5", "steve", "cleared");
    kit.runDueJobs(PROCESS, order.orderNo());

    assertThat(orders.get(order.orderNo()).getStatus()).isEqualTo(OrderStatus.APPROVED);
    assertThat(taskKeys(order.orderNo())).containsExactly("Task_ConfirmShipment");
    assertThat(kit.timerDue(PROCESS, order.orderNo(), "Timer_HoldEscalation")).isNull();
  }

  // --- the Tasklist start form ----------------------------------------------------------------

  @Test
  void anOrderEnteredOnTheStartFormIsRegisteredAndKeyedByItsNumber() {
    String customerNo = customerWithLimit("500000");
    String orderNo = TestNumbers.unique("SF");
    Map<String, Object> form = new HashMap<>();
    form.put("orderNo", orderNo);
    form.put("customerNo", customerNo);
    form.put("orderDate", ORDER_DAY.toString());
    form.put("amount", 2500);
    form.put("currency", null);
    form.put("requestedShipDate", null);
    String instanceId = runtime.startProcessInstanceByKey(PROCESS, form).getId();

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey())
        .isEqualTo(orderNo);
    OrderView order = orders.view(orderNo);
    assertThat(order.amount()).isEqualByComparingTo("2500.00");
    assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(runtime.getVariables(instanceId)).doesNotContainKeys("amount", "orderDate");
  }
}
