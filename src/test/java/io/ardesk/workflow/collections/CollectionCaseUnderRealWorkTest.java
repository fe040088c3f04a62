package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseChanges;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.Stage;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewPayment;
import io.ardesk.ledger.document.PaymentMethod;
import io.ardesk.ledger.document.PaymentService;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The collection case under real work (asserted on the engine with camunda-bpm-assert): a claimed
 * task survives every re-evaluation and is withdrawn with its reason only when the case no longer
 * needs it; a customer with 1,000 overdue items and a 200-character name; 50 payments at once; a
 * promise that pauses the ladder; a node that dies between the ledger commit and the notification.
 */
@IntegrationTest
class CollectionCaseUnderRealWorkTest {

  static final String CASE = "collection-case";
  static final LocalDate DUE = LocalDate.of(2026, 1, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired CaseChanges changes;
  @Autowired CaseChangeDelivery delivery;
  @Autowired CollectionsRunner runner;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired PaymentService payments;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    delivery.deliverAfterCommit(CaseChangeDelivery.Mode.SYNC);
    kit.resetClock();
  }

  /** "Look again" requests not yet delivered to the customer's case. */
  int waiting(String customerNo) {
    return jdbc.queryForObject("select count(*) from collection_case_change where customer_no = ?", Integer.class,
        customerNo);
  }

  ProcessInstance instance(String customerNo) {
    return kit.instance(CASE, customerNo);
  }

  ProcessInstanceAssert assertCase(String customerNo) {
    return BpmnAwareTests.assertThat(instance(customerNo));
  }

  /** Three invoices of 4,000.00, 3,000.00 and 2,000.00, all due 2026-01-31; the case started {@code days} past due. */
  String threeInvoicesDaysPastDue(int days) {
    String customerNo = kit.customer("Northern Star Logistics", "ap@northern-star.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-A", DUE.minusDays(30), DUE, "4000.00");
    kit.invoice(customerNo, customerNo + "-B", DUE.minusDays(30), DUE, "3000.00");
    kit.invoice(customerNo, customerNo + "-C", DUE.minusDays(30), DUE, "2000.00");
    kit.today(DUE.plusDays(days));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    return customerNo;
  }

  /** Carol claims the call, writes a comment and sets a follow-up date, as in Tasklist. */
  Task claimAndComment(String customerNo) {
    Task call = kit.task(customerNo, "Task_CallCustomer");
    taskService.claim(call.getId(), "carol");
    taskService.createComment(call.getId(), call.getProcessInstanceId(), "Ms Li asks for the statement first");
    call = taskService.createTaskQuery().taskId(call.getId()).singleResult();
    call.setFollowUpDate(Date.from(DUE.plusDays(25).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    taskService.saveTask(call);
    return call;
  }

  void assertStillCarols(Task call, String summary) {
    Task now = taskService.createTaskQuery().taskId(call.getId()).singleResult();
    assertThat(now).as("the same task, not a new one").isNotNull();
    assertThat(now.getAssignee()).isEqualTo("carol");
    assertThat(now.getFollowUpDate()).isEqualTo(call.getFollowUpDate());
    assertThat(taskService.getTaskComments(call.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("Ms Li asks for the statement first");
    assertThat(now.getName()).isEqualTo("Call " + summary);
  }

  @Test
  void aClaimedTaskWithACommentSurvivesPaymentCreditNoteDisputeAndTheDailyRunAndCanStillBeCompleted() {
    String customerNo = threeInvoicesDaysPastDue(20);
    kit.invoice(customerNo, customerNo + "-D", DUE.minusDays(30), DUE.plusDays(20), "1500.00");
    assertCase(customerNo).isWaitingAt("Task_CallCustomer");
    Task call = claimAndComment(customerNo);

    kit.pay(customerNo, "1000.00", customerNo + "-A");
    kit.runDueJobs(CASE, customerNo);
    assertStillCarols(call, "Northern Star Logistics about 3 overdue invoices (8,000.00 CNY, 20 days)");

    kit.creditNote(customerNo, customerNo + "-C", "500.00");
    kit.runDueJobs(CASE, customerNo);
    assertStillCarols(call, "Northern Star Logistics about 3 overdue invoices (7,500.00 CNY, 20 days)");

    invoices.markDisputed(customerNo + "-B", "complaint C-77");
    kit.runDueJobs(CASE, customerNo);
    assertStillCarols(call, "Northern Star Logistics about 2 overdue invoices (4,500.00 CNY, 20 days)");

    // the next morning invoice D is overdue too: the daily run sees other figures and asks the case to look again
    kit.today(DUE.plusDays(21));
    assertThat(runner.runToEnd(DUE.plusDays(21), "test").casesReevaluated()).isPositive();
    kit.runDueJobs(CASE, customerNo);
    assertStillCarols(call, "Northern Star Logistics about 3 overdue invoices (6,000.00 CNY, 21 days)");
    assertCase(customerNo).isWaitingAt("Task_CallCustomer").hasNotPassed("Event_CallCustomerNoLongerNeeded");

    // the form filled meanwhile is still accepted
    taskService.complete(call.getId(), Map.of("callOutcome", "NO_CONTACT", "callNote", "voicemail"));
    kit.runDueJobs(CASE, customerNo);
    assertCase(customerNo).hasPassed("Task_CallCustomer", "EndEvent_CallCustomerDone");
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.CALL)
        .extracting(CaseView.Action::outcome, CaseView.Action::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NO_CONTACT", "carol"));
  }

  @Test
  void aCollectorsClaimCommentAndFollowUpDateMadeThroughTasklistsApiSurviveAPaymentPostedThroughTheApi()
      throws Exception {
    String customerNo = threeInvoicesDaysPastDue(20);
    String taskId = kit.task(customerNo, "Task_CallCustomer").getId();
    var carol = new io.ardesk.support.Http(port).asDemo("carol");
    var json = new com.fasterxml.jackson.databind.ObjectMapper();

    assertThat(carol.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"carol\"}").statusCode())
        .isEqualTo(204);
    assertThat(carol.postJson("/engine-rest/task/" + taskId + "/comment/create",
        "{\"message\": \"Ms Li asks for the statement first\"}").statusCode()).isEqualTo(200);
    // Tasklist's "set follow-up date": the whole task sent back with that one field changed
    var stored = json.readTree(carol.get("/engine-rest/task/" + taskId).body());
    var task = json.createObjectNode();
    for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState", "due",
        "parentTaskId", "caseInstanceId", "tenantId")) {
      task.set(field, stored.get(field));
    }
    task.put("followUp", "2026-02-25T00:00:00.000+0000");
    assertThat(carol.send("PUT", "/engine-rest/task/" + taskId, task.toString()).statusCode()).isEqualTo(204);
    // but not its due date or its assignee: TASK_WORK, not UPDATE
    task.put("due", "2026-12-31T00:00:00.000+0000");
    assertThat(carol.send("PUT", "/engine-rest/task/" + taskId, task.toString()).statusCode()).isEqualTo(403);

    kit.today(DUE.plusDays(21));
    var frank = new io.ardesk.support.Http(port).asDemo("frank");
    assertThat(frank.postJson("/api/payments", "{\"paymentNo\": \"" + TestNumbers.unique("PAY") + "\", \"customerNo\": \""
        + customerNo + "\", \"paymentDate\": \"" + DUE.plusDays(21) + "\", \"amount\": 2000, \"invoiceNos\": [\""
        + customerNo + "-A\"]}").statusCode()).isEqualTo(201);
    kit.runDueJobs(CASE, customerNo);

    var after = json.readTree(carol.get("/engine-rest/task/" + taskId).body());
    assertThat(after.get("assignee").asText()).isEqualTo("carol");
    assertThat(after.get("followUp").asText()).startsWith("2026-02-25");
    assertThat(after.get("name").asText()).contains("(7,000.00 CNY, 21 days)");
    assertThat(json.readTree(carol.get("/engine-rest/task/" + taskId + "/comment").body()).findValuesAsText("message"))
        .containsExactly("Ms Li asks for the statement first");
  }

  @Test
  void aClaimedTaskIsWithdrawnWithItsReasonWhenTheCaseCloses() {
    String customerNo = threeInvoicesDaysPastDue(20);
    Task call = claimAndComment(customerNo);

    kit.pay(customerNo, "9000.00");
    kit.runDueJobs(CASE, customerNo);

    assertThat(instance(customerNo)).isNull();
    var finished = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(customerNo)
        .processDefinitionKey(CASE).singleResult();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finished.getId())
        .activityId("Event_CallCustomerNoLongerNeeded").count()).as("withdrawn by its boundary event").isOne();
    assertThat(history.createHistoricTaskInstanceQuery().taskId(call.getId()).singleResult().getEndTime()).isNotNull();
    CaseView view = cases.view(customerNo);
    assertThat(view.status()).isEqualTo("CLOSED");
    assertThat(view.history()).filteredOn(a -> a.kind() == ActionKind.WORK_WITHDRAWN)
        .extracting(CaseView.Action::outcome, CaseView.Action::note)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CALL", "nothing overdue any more: the case closes"));
  }

  @Test
  void theCallIsKeptWhenTheStageMovesOnAndWithdrawnWhereTheStageHasNoCalls() {
    String customerNo = threeInvoicesDaysPastDue(20);
    Task call = claimAndComment(customerNo);

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_2);
    assertThat(kit.task(customerNo, "Task_CallCustomer").getId()).as("LETTER_2 calls too: same task").isEqualTo(call.getId());
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_4);
    assertCase(customerNo).isWaitingAt("Task_PlanAction").hasPassed("Event_CallCustomerNoLongerNeeded",
        "Event_VisitCustomerNoLongerNeeded");
    assertThat(BpmnAwareTests.task("Task_PlanAction", instance(customerNo))).isNotNull();
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.WORK_WITHDRAWN)
        .extracting(CaseView.Action::outcome, CaseView.Action::note)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CALL", "no longer needed at LETTER_4"),
            org.assertj.core.groups.Tuple.tuple("VISIT", "no longer needed at LETTER_4"));
  }

  @Test
  void aCustomerWithAThousandOverdueItemsAndALongNameGetsItsStageCallAndALetterListingEveryItem() {
    String name = "Guangdong Pearl River Delta Integrated Logistics, Warehousing, Cold-Chain Distribution "
        + "and Cross-Border E-Commerce Fulfilment Services Holding Company Limited (Shenzhen Qianhai Branch Office)";
    name = (name + " Group Holdings International").substring(0, 200);
    assertThat(name).hasSize(200);
    String customerNo = kit.customer(name, "ap@pearl-river.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    for (int i = 1; i <= 1000; i++) {
      kit.invoice(customerNo, customerNo + "-" + i, DUE.minusDays(30), DUE.minusDays(i % 20), "100.00");
    }
    kit.today(DUE.plusDays(40));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);

    assertCase(customerNo).isWaitingAt("Task_CallCustomer");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance(customerNo).getId()).count()).isZero();
    CaseView view = cases.view(customerNo);
    assertThat(view.stage()).isEqualTo(Stage.LETTER_2);
    assertThat(view.overdueItems()).isEqualTo(1000);
    assertThat(view.overdueAmount()).isEqualByComparingTo("100000.00");
    Task call = kit.task(customerNo, "Task_CallCustomer");
    assertThat(call.getName()).hasSizeLessThanOrEqualTo(255).startsWith("Call Guangdong Pearl River");
    assertThat(call.getDescription()).hasSizeLessThan(4000).contains("… and 990 more");
    assertThat((String) taskService.getVariable(call.getId(), "caseFacts")).hasSizeLessThan(4000);
    String letter = jdbc.queryForObject("select body from outgoing_letter where customer_no = ? and stage = 'LETTER_2'",
        String.class, customerNo);
    for (int i = 1; i <= 1000; i++) {
      assertThat(letter).contains(customerNo + "-" + i + "<");
    }
  }

  @Test
  void fiftyPaymentsAtOnceForACustomerWithARunningCaseAreAllPostedAndTheCaseStaysConsistent() throws Exception {
    String customerNo = kit.customer("Eastern Peak Machinery", "ap@eastern-peak.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    for (int i = 1; i <= 10; i++) {
      kit.invoice(customerNo, customerNo + "-" + i, DUE.minusDays(30), DUE, "1000.00");
    }
    kit.today(DUE.plusDays(40));
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    LocalDate today = DUE.plusDays(40);
    // as in production: the case hears of each commit on the delivery thread, not in the posting thread
    delivery.deliverAfterCommit(CaseChangeDelivery.Mode.ASYNC);

    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Callable<String>> postings = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      postings.add(() -> payments.postPayment(new NewPayment(TestNumbers.unique("PAY"), customerNo, today,
          new BigDecimal("100.00"), List.of(), PaymentMethod.TRANSFER, "CNY"), "bank-feed").value().getDocumentNo());
    }
    List<String> posted = new ArrayList<>();
    for (Future<String> result : pool.invokeAll(postings)) {
      posted.add(result.get());
    }
    pool.shutdown();
    assertThat(posted).hasSize(50).doesNotHaveDuplicates();

    kit.runDueJobs(CASE, customerNo);
    assertThat(jdbc.queryForObject("select count(*) from credit_document d join customer c on c.id = d.customer_id"
        + " where c.customer_no = ? and d.kind = 'PAYMENT'", Integer.class, customerNo)).isEqualTo(50);
    CaseView view = cases.view(customerNo);
    assertThat(view.overdueAmount()).as("10,000.00 less 50 × 100.00").isEqualByComparingTo("5000.00");
    assertThat(view.overdueItems()).isEqualTo(5);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance(customerNo).getId()).count()).isZero();
    assertThat(waiting(customerNo)).as("every request delivered").isZero();
    assertCase(customerNo).isWaitingAt("Task_CallCustomer");
    assertThat(kit.tasks(customerNo)).hasSize(1);
  }

  @Test
  void anOpenPromisePausesTheLadderAndABrokenOneMovesItOnAtOnce() {
    String customerNo = threeInvoicesDaysPastDue(20);
    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", Map.of("callOutcome", "PROMISE",
        "promiseDate", DUE.plusDays(40).toString(), "promiseAmount", 9000, "callNote", "after their own customer pays"));

    assertThat(kit.timerDue(CASE, customerNo, "Timer_LookAgain")).as("not LETTER_2 on day 30, the promise on day 44")
        .isEqualTo(DUE.plusDays(44).atStartOfDay());
    kit.today(DUE.plusDays(35));
    kit.pay(customerNo, "1000.00");
    kit.runDueJobs(CASE, customerNo);
    CaseView view = cases.view(customerNo);
    assertThat(view.openPromise().status()).as("a part payment does not break it early").isEqualTo("OPEN");
    assertThat(view.stage()).isEqualTo(Stage.LETTER_1);
    assertThat(view.letters()).extracting(CaseView.Letter::stage).containsExactly(Stage.LETTER_1);
    assertThat(customers.get(customerNo).getStatus()).as("no stop supply while the promise is open")
        .isEqualTo(CustomerStatus.ACTIVE);
    assertThat(kit.tasks(customerNo)).as("no new call").isEmpty();
    assertThat(kit.timerDue(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(44).atStartOfDay());

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    view = cases.view(customerNo);
    assertThat(view.promises()).extracting(CaseView.Promise::status).containsExactly("BROKEN");
    assertThat(view.stage()).isEqualTo(Stage.LETTER_2);
    assertThat(view.letters()).extracting(CaseView.Letter::stage).containsExactly(Stage.LETTER_1, Stage.LETTER_2);
    assertThat(customers.get(customerNo).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertCase(customerNo).isWaitingAt("Task_CallCustomer");
  }

  @Test
  void aPromiseRecordedBeforeTheFirstEvaluationLetsTheCaseTakeItsStageButSendsNothing() {
    String customerNo = kit.customer("Early Promise Ltd", "ap@early.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-1", DUE.minusDays(30), DUE, "5000.00");
    kit.today(DUE.plusDays(20));
    starter.startOrReview(customerNo);
    cases.recordPromise(customerNo, DUE.plusDays(25), new BigDecimal("5000.00"), "carol");
    kit.runDueJobs(CASE, customerNo);

    CaseView view = cases.view(customerNo);
    assertThat(view.stage()).isEqualTo(Stage.LETTER_1);
    assertThat(view.letters()).as("the ladder waits for the promise").isEmpty();
    assertThat(kit.tasks(customerNo)).isEmpty();
    assertThat(kit.timerDue(CASE, customerNo, "Timer_LookAgain")).isEqualTo(DUE.plusDays(29).atStartOfDay());
  }

  @Autowired io.ardesk.ledger.importing.ImportService imports;

  @Test
  void paymentsImportedInOneFileCountTowardsThePromiseTogetherAndTellTheCaseOnce() {
    String customerNo = kit.customer("Bulk Payer Ltd", "ap@bulk-payer.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-1", DUE.minusDays(30), DUE, "5000.00");
    kit.today(DUE.plusDays(20));
    starter.startOrReview(customerNo);
    cases.recordPromise(customerNo, DUE.plusDays(25), new BigDecimal("5000.00"), "carol");
    kit.runDueJobs(CASE, customerNo);
    String file = "payment_no,customer_no,payment_date,amount\n"
        + customerNo + "-P1," + customerNo + "," + DUE.plusDays(20) + ",1000.00\n"
        + customerNo + "-P2," + customerNo + "," + DUE.plusDays(20) + ",1500.00\n"
        + customerNo + "-P3," + customerNo + "," + DUE.plusDays(20) + ",500.00\n";
    delivery.deliverAfterCommit(CaseChangeDelivery.Mode.OFF);
    try {
      imports.importPayments(new java.io.StringReader(file), "frank");
      assertThat(jdbc.queryForObject("select count(*) from collection_case_change where customer_no = ?",
          Integer.class, customerNo)).as("one look-again request for the three payments").isOne();
    } finally {
      delivery.deliverAfterCommit(CaseChangeDelivery.Mode.SYNC);
    }
    delivery.deliverPending();
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).openPromise().paidAmount()).isEqualByComparingTo("3000.00");
    assertThat(jdbc.queryForObject("select count(*) from collection_case_change where customer_no = ?",
        Integer.class, customerNo)).isZero();
  }

  @Test
  void aKeptPromiseReEvaluatesAtTheDateAndTheLadderGoesOnFromThere() {
    String customerNo = threeInvoicesDaysPastDue(20);
    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", Map.of("callOutcome", "PROMISE",
        "promiseDate", DUE.plusDays(40).toString(), "promiseAmount", 4000));
    kit.today(DUE.plusDays(38));
    kit.pay(customerNo, "4000.00", customerNo + "-A");
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).letters()).extracting(CaseView.Letter::stage).containsExactly(Stage.LETTER_1);

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    CaseView view = cases.view(customerNo);
    assertThat(view.promises()).extracting(CaseView.Promise::status).containsExactly("KEPT");
    assertThat(view.stage()).as("44 days past due: the stage the oldest item has reached").isEqualTo(Stage.LETTER_2);
    assertThat(view.overdueAmount()).isEqualByComparingTo("5000.00");
    assertThat(kit.task(customerNo, "Task_CallCustomer").getName()).contains("(5,000.00 CNY, 44 days)");
  }

  @Test
  void aChangeCommittedWhileNoNodeDeliversReachesTheCaseWhenDeliveryResumes() {
    String customerNo = threeInvoicesDaysPastDue(20);
    Task call = kit.task(customerNo, "Task_CallCustomer");
    delivery.deliverAfterCommit(CaseChangeDelivery.Mode.OFF);

    kit.pay(customerNo, "4000.00", customerNo + "-A");
    assertThat(waiting(customerNo)).as("the request committed with the payment").isPositive();
    assertThat(management.createJobQuery().processInstanceId(instance(customerNo).getId()).executable().count())
        .as("the node died before telling the case").isZero();
    assertThat(cases.view(customerNo).overdueAmount()).isEqualByComparingTo("9000.00");

    // after the restart the poll delivers what was left
    delivery.deliverAfterCommit(CaseChangeDelivery.Mode.SYNC);
    assertThat(delivery.deliverPending()).isGreaterThanOrEqualTo(1);
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).overdueAmount()).isEqualByComparingTo("5000.00");
    assertThat(kit.task(customerNo, "Task_CallCustomer").getId()).isEqualTo(call.getId());
    assertThat(waiting(customerNo)).isZero();
  }

  @Test
  void anImportTellsItsCustomersCasesAfterItsCommitAndKeepsABusyOnesRequest() {
    String first = threeInvoicesDaysPastDue(20);
    String second = threeInvoicesDaysPastDue(20);
    String busy = threeInvoicesDaysPastDue(20);
    kit.pay(busy, "500.00", busy + "-A");
    assertThat(evaluationsDue(busy)).as("told, evaluating").isOne();

    String file = "payment_no,customer_no,payment_date,amount\n"
        + first + "-P1," + first + "," + DUE.plusDays(20) + ",1000.00\n"
        + busy + "-P1," + busy + "," + DUE.plusDays(20) + ",1000.00\n"
        + second + "-P1," + second + "," + DUE.plusDays(20) + ",2000.00\n";
    imports.importPayments(new java.io.StringReader(file), "frank");

    for (String told : List.of(first, second)) {
      assertThat(evaluationsDue(told)).as(told + " told after the commit").isOne();
      assertThat(waiting(told)).isZero();
    }
    assertThat(evaluationsDue(busy)).as("still the one evaluation").isOne();
    assertThat(waiting(busy)).as("its request kept for when it waits again").isOne();

    kit.runDueJobs(CASE, first);
    kit.runDueJobs(CASE, second);
    kit.runDueJobs(CASE, busy);
    assertThat(cases.view(first).overdueAmount()).isEqualByComparingTo("8000.00");
    assertThat(cases.view(second).overdueAmount()).isEqualByComparingTo("7000.00");
    assertThat(cases.view(busy).overdueAmount()).isEqualByComparingTo("7500.00");
    assertThat(waiting(busy)).isZero();
  }

  private long evaluationsDue(String customerNo) {
    return management.createJobQuery().processInstanceId(instance(customerNo).getId()).executable().count();
  }

  @Test
  void thePollLeavesACaseThatWasBusyAloneForAWhile() {
    String customerNo = threeInvoicesDaysPastDue(20);
    delivery.deliverAfterCommit(CaseChangeDelivery.Mode.OFF);
    try {
      kit.pay(customerNo, "1000.00", customerNo + "-A");
      assertThat(delivery.poll()).as("told; the case evaluates").isGreaterThanOrEqualTo(1);
      kit.pay(customerNo, "1000.00", customerNo + "-A");
      assertThat(delivery.poll()).as("busy evaluating: not told, its request kept").isZero();
      // the evaluation sees both payments; its own "tell me again" goes nowhere while deliveries are off
      kit.runDueJobs(CASE, customerNo);
      assertThat(waiting(customerNo)).isZero();

      kit.pay(customerNo, "1000.00", customerNo + "-A");
      assertThat(waiting(customerNo)).isOne();
      assertThat(delivery.poll()).as("the poll does not try again at once a case it found busy").isZero();
      assertThat(waiting(customerNo)).isOne();
    } finally {
      delivery.deliverAfterCommit(CaseChangeDelivery.Mode.SYNC);
    }
    // an explicit delivery (maintenance, the delivery after a commit) does not wait
    assertThat(delivery.deliverPending()).isGreaterThanOrEqualTo(1);
    kit.runDueJobs(CASE, customerNo);
    assertThat(waiting(customerNo)).isZero();
    assertThat(cases.view(customerNo).overdueAmount()).isEqualByComparingTo("6000.00");
  }

  @Autowired io.ardesk.collections.CollectionsProperties collectionsProperties;
  @Autowired io.ardesk.collections.CollectionsRuns runs;
  @Autowired io.ardesk.ledger.report.LedgerQueries ledger;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void aRunCommitsPageByPageAndStartsOnlyTheMissingCases() {
    kit.today(DUE.minusDays(30));
    List<String> customerNos = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String customerNo = kit.customer("Paged Customer " + i, "ap@paged.example", "en", "lily");
      kit.invoice(customerNo, customerNo + "-1", DUE.minusDays(30), DUE, "100.00");
      customerNos.add(customerNo);
    }
    kit.today(DUE.plusDays(3));
    var p = collectionsProperties;
    var onePerPage = new io.ardesk.collections.CollectionsProperties(p.promiseGraceDays(), p.recallDays(),
        p.decisionDueDays(), p.defaultLanguage(), p.companyName(), p.paymentInstructions(), 1);
    var runner = new CollectionsRunner(ledger, runs, starter, onePerPage, transactions);

    var run = runner.runToEnd(DUE.plusDays(3), "test");
    assertThat(run.status()).isEqualTo(io.ardesk.collections.CollectionsRuns.Status.DONE);
    assertThat(run.pages()).as("one transaction per customer").isGreaterThanOrEqualTo(3);
    assertThat(run.casesStarted()).isGreaterThanOrEqualTo(3);
    customerNos.forEach(customerNo -> assertThat(instance(customerNo)).isNotNull());

    var again = runner.runToEnd(DUE.plusDays(3), "test");
    assertThat(again.casesStarted()).isZero();
    assertThat(again.casesReevaluated()).isZero();
  }

  @Test
  void theDailyTimerStartsARunOfToday() {
    kit.today(DUE.minusDays(30));
    String customerNo = kit.customer("Timer Customer", "ap@timer.example", "en", "lily");
    kit.invoice(customerNo, customerNo + "-1", DUE.minusDays(30), DUE, "100.00");
    kit.today(DUE.plusDays(2));
    var timer = management.createJobQuery().processDefinitionKey(CollectionsRunRequests.PROCESS).timers()
        .activityId("StartEvent_Daily").singleResult();
    assertThat(timer).as("the 06:00 timer start").isNotNull();
    management.executeJob(timer.getId());
    kit.finishCollectionsRuns();
    assertThat(instance(customerNo)).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from collections_run_log where run_date = ? and requested_by = 'system'"
        + " and status = 'DONE'", Integer.class, java.sql.Date.valueOf(DUE.plusDays(2)))).isPositive();
  }

  @Autowired CollectionCaseUpgrade upgrade;
  @Autowired io.ardesk.workflow.release.ProcessMigrations migrations;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  @Test
  void aCaseRunningOnVersion2IsMigratedToTheCurrentModelKeepingItsTasks() {
    String customerNo = kit.customer("Version Two Traders", "ap@v2.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-1", DUE.minusDays(30), DUE, "800.00");
    kit.today(DUE.plusDays(20));
    cases.open(customerNo, "system");
    String instanceId;
    var forms = List.of("call", "print-letter", "visit", "action-plan", "hand-over-decision", "judgment",
        "enforcement", "write-off", "problem-support", "measure-decision");
    var v2 = repository.createDeployment().name("collection-case version 2")
        .addClasspathResource("collection-case-version-2.bpmn");
    forms.forEach(form -> v2.addClasspathResource("forms/collection-" + form + ".form"));
    var deployed = v2.deploy();
    try {
      var definition = repository.createProcessDefinitionQuery().deploymentId(deployed.getId()).singleResult();
      assertThat(definition.getVersionTag()).isEqualTo("2");
      instanceId = engine.getRuntimeService().startProcessInstanceById(definition.getId(), customerNo).getId();
      kit.runDueJobs(CASE, customerNo);
    } finally {
      var current = repository.createDeployment().name("collection-case current")
          .addClasspathResource("processes/collection-case.bpmn");
      forms.forEach(form -> current.addClasspathResource("forms/collection-" + form + ".form"));
      current.deploy();
    }
    String callId = kit.task(customerNo, "Task_CallCustomer").getId();
    engine.getTaskService().claim(callId, "carol");

    var result = migrations.migrateAll();
    assertThat(result.handedToBatches()).isGreaterThanOrEqualTo(1);
    io.ardesk.support.Batches.runToEnd(engine.getManagementService(), result.batchIds());

    ProcessInstance migrated = instance(customerNo);
    assertThat(migrated.getId()).isEqualTo(instanceId);
    assertThat(repository.getProcessDefinition(migrated.getProcessDefinitionId()).getVersionTag()).isEqualTo("3");
    assertThat(kit.task(customerNo, "Task_CallCustomer")).extracting(Task::getId, Task::getAssignee)
        .containsExactly(callId, "carol");
    measures.request(customerNo, "Customer keeps delaying", "carol");
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.task(customerNo, "Task_DecideMeasure")).as("the current model's new task").isNotNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(
        repository.createProcessDefinitionQuery().deploymentId(deployed.getId()).singleResult().getId()).count())
        .as("nothing left on version 2").isZero();
  }

  @Autowired io.ardesk.collections.CaseMeasures measures;

  @Test
  void aCaseRunningOnTheModelBeforeTheLoopIsRestartedOnTheCurrentModel() {
    String customerNo = kit.customer("Old Model Traders", "ap@old-model.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-1", DUE.minusDays(30), DUE, "800.00");
    kit.today(DUE.plusDays(20));
    cases.open(customerNo, "system");
    String oldInstance;
    var oldModel = repository.createDeployment().name("collection-case before the loop")
        .addClasspathResource("collection-case-version-1.bpmn").deploy();
    try {
      var definition = repository.createProcessDefinitionQuery().deploymentId(oldModel.getId()).singleResult();
      assertThat(definition.getVersionTag()).isEqualTo("1");
      oldInstance = engine.getRuntimeService().startProcessInstanceById(definition.getId(), customerNo).getId();
    } finally {
      // the current model is the latest again, as after a release
      var current = repository.createDeployment().name("collection-case current")
          .addClasspathResource("processes/collection-case.bpmn");
      for (String form : List.of("call", "print-letter", "visit", "action-plan", "hand-over-decision", "judgment",
          "enforcement", "write-off", "problem-support", "measure-decision")) {
        current.addClasspathResource("forms/collection-" + form + ".form");
      }
      current.deploy();
    }

    assertThat(upgrade.restartCasesOnOldModels()).isGreaterThanOrEqualTo(1);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(oldInstance).singleResult()
        .getDeleteReason()).isEqualTo(CollectionCaseUpgrade.REASON);
    ProcessInstance current = instance(customerNo);
    assertThat(repository.getProcessDefinition(current.getProcessDefinitionId()).getVersionTag()).isEqualTo("3");
    kit.runDueJobs(CASE, customerNo);
    assertCase(customerNo).isWaitingAt("Task_CallCustomer", "Gateway_Wait");
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_1);
    assertThat(upgrade.restartCasesOnOldModels()).as("nothing left on an old model").isZero();
  }

  @Test
  void aPaymentWhileTheCaseEvaluatesIsSeenByTheNextEvaluation() {
    String customerNo = threeInvoicesDaysPastDue(20);
    kit.pay(customerNo, "1000.00", customerNo + "-A");
    // the evaluation job is due, not run: a second payment finds no subscription and waits
    kit.pay(customerNo, "1000.00", customerNo + "-B");
    assertThat(management.createJobQuery().processInstanceId(instance(customerNo).getId()).executable().count())
        .isOne();
    kit.runDueJobs(CASE, customerNo);
    assertThat(cases.view(customerNo).overdueAmount()).isEqualByComparingTo("7000.00");
    assertThat(waiting(customerNo)).isZero();
    assertThat(task("Task_CallCustomer", instance(customerNo)).getName()).contains("7,000.00 CNY");
  }
}
