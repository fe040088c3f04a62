package io.ardesk.workflow.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.StatementCadence;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.letters.Outbox;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.statements.StatementView;
import io.ardesk.statements.Statements;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of statement-confirmation: e-mailed or printed and posted; confirmed by finance (and
 * by nobody else), lines disputed → a complaint (source STATEMENT) disputing them, no answer → a
 * reminder → a call for credit, who keeps waiting or closes it unanswered. Timers driven explicitly.
 */
@IntegrationTest
class StatementConfirmationProcessTest {
  static final String PROCESS = StatementProcess.PROCESS;
  static final YearMonth MONTH = YearMonth.of(1992, 5);
  static final LocalDate RUN_DAY = LocalDate.of(1992, 6, 3);

  @Autowired CaseKit kit;
  @Autowired StatementsRun run;
  @Autowired Statements statements;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired ComplaintService complaints;
  @Autowired Outbox outbox;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void assertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  /** A monthly customer with two invoices in May 1992, its statement made on 3 June and sent. */
  String sent(String name, String email) {
    String customerNo = kit.customer(name, email, "en", "lily");
    customers.changeStatementCadence(customerNo, StatementCadence.MONTHLY, "test", "statement test");
    kit.invoice(customerNo, customerNo + "-1", LocalDate.of(1992, 5, 4), LocalDate.of(1992, 6, 3), "1200.00");
    kit.invoice(customerNo, customerNo + "-2", LocalDate.of(1992, 5, 20), LocalDate.of(1992, 6, 19), "800.00");
    kit.today(RUN_DAY);
    assertThat(run.runFor(customerNo, MONTH)).isTrue();
    kit.runDueJobs(PROCESS, key(customerNo));
    return customerNo;
  }

  static String key(String customerNo) {
    return customerNo + ":" + MONTH;
  }

  ProcessInstanceAssert assertProcess(String customerNo) {
    return BpmnAwareTests.assertThat(kit.instance(PROCESS, key(customerNo)));
  }

  List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  StatementView statement(String customerNo) {
    return statements.get(customerNo, MONTH);
  }

  @Test
  void confirmedByFinanceWithDateAndSigner() {
    String customerNo = sent("Alpha Statement Co", "ap@alpha-statement.example");
    assertProcess(customerNo).isWaitingAt("Task_RecordAnswer").hasPassed("Task_SendStatement")
        .hasNotPassed("Task_PrintAndPost");
    Task answer = kit.task(key(customerNo), "Task_RecordAnswer");
    assertThat(answer.getName()).isEqualTo("Record the answer to the statement 1992-05 of Alpha Statement Co");
    assertThat(groups(answer)).containsExactly("finance");
    assertThat(answer.getDueDate()).isNotNull();
    assertThat(taskService.getVariable(answer.getId(), "statementSummary").toString())
        .isEqualTo("Statement 1992-05-01 to 1992-05-31: closing balance 2,000.00 CNY (opening 0.00, 2 documents).");
    assertThat(statement(customerNo).status()).isEqualTo("SENT");
    assertThat(statement(customerNo).delivery()).isEqualTo("EMAIL");
    assertThat(statement(customerNo).sentOn()).isEqualTo(RUN_DAY);

    // only finance records the answer: carol (credit) is refused even when she holds the task
    taskService.claim(answer.getId(), "carol");
    assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of("answer", "CONFIRMED",
        "confirmedOn", "1992-06-08", "signerName", "Ms Li")))
        .hasRootCauseInstanceOf(ApprovalRefusedException.class).hasMessageContaining("ledger administrator");
    taskService.setAssignee(answer.getId(), null);
    // a signer is needed
    taskService.claim(answer.getId(), "frank");
    assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of("answer", "CONFIRMED",
        "confirmedOn", "1992-06-08", "signerName", " ")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("signer");
    taskService.setAssignee(answer.getId(), null);

    kit.today(RUN_DAY.plusDays(6));
    kit.complete(PROCESS, key(customerNo), "Task_RecordAnswer", "frank", Map.of("answer", "CONFIRMED",
        "confirmedOn", "1992-06-08", "signerName", "Ms Li Hua", "answerNote", "signed slip received by post"));

    assertThat(kit.instance(PROCESS, key(customerNo))).isNull();
    var s = statement(customerNo);
    assertThat(s.status()).isEqualTo("CONFIRMED");
    assertThat(s.answeredOn()).isEqualTo(LocalDate.of(1992, 6, 8));
    assertThat(s.signerName()).isEqualTo("Ms Li Hua");
    assertThat(s.answerRecordedBy()).isEqualTo("frank");
    assertThat(s.answerNote()).isEqualTo("signed slip received by post");
    assertThat(passed(customerNo)).contains("EndEvent_Confirmed").doesNotContain("Task_SendReminder");
  }

  @Test
  void disputedLinesOpenAComplaintFromTheStatementThatDisputesThoseInvoices() {
    String customerNo = sent("Beta Statement Co", "ap@beta-statement.example");
    Task answer = kit.task(key(customerNo), "Task_RecordAnswer");
    taskService.claim(answer.getId(), "frank");
    assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of("answer", "DISPUTED",
        "disputedInvoices", customerNo + "-1, NOT-HIS-9")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("NOT-HIS-9");
    taskService.setAssignee(answer.getId(), null);

    kit.today(RUN_DAY.plusDays(4));
    kit.complete(PROCESS, key(customerNo), "Task_RecordAnswer", "frank", Map.of("answer", "DISPUTED",
        "disputedInvoices", customerNo + "-1, " + customerNo + "-2", "answerNote", "goods of -2 came short"));

    assertThat(kit.instance(PROCESS, key(customerNo))).isNull();
    assertThat(passed(customerNo)).contains("EndEvent_Disputed");
    var s = statement(customerNo);
    assertThat(s.status()).isEqualTo("DISPUTED");
    assertThat(s.disputedInvoices()).containsExactly(customerNo + "-1", customerNo + "-2");
    assertThat(s.answeredOn()).isEqualTo(RUN_DAY.plusDays(4));
    String complaintNo = s.complaintNo();
    assertThat(complaintNo).isNotNull();
    var complaint = complaints.get(complaintNo);
    assertThat(complaint.getSource()).isEqualTo(ComplaintSource.STATEMENT);
    assertThat(complaint.getSourceReference()).isEqualTo(key(customerNo));
    assertThat(complaint.getCustomerNo()).isEqualTo(customerNo);
    assertThat(kit.instance("complaint-handling", complaintNo)).as("complaint-handling started").isNotNull();
    kit.runDueJobs("complaint-handling", complaintNo);
    assertThat(invoices.get(customerNo + "-1").isDisputed()).isTrue();
    assertThat(invoices.get(customerNo + "-2").isDisputed()).isTrue();
    assertThat(invoices.get(customerNo + "-1").getDisputeReference()).isEqualTo(complaintNo);
  }

  @Test
  void noAnswerBringsAReminderThenACallForCreditAndTheAnswerStillCounts() {
    String customerNo = sent("Gamma Statement Co", "ap@gamma-statement.example");
    assertThat(kit.timerDue(PROCESS, key(customerNo), "Timer_NoAnswer").toLocalDate()).isEqualTo(RUN_DAY.plusDays(10));

    kit.fireTimer(PROCESS, key(customerNo), "Timer_NoAnswer");
    assertProcess(customerNo).hasPassed("Task_SendReminder").isWaitingAt("Task_RecordAnswer", "Timer_StillNoAnswer");
    assertThat(statement(customerNo).status()).isEqualTo("REMINDED");
    assertThat(statement(customerNo).remindedOn()).isEqualTo(RUN_DAY.plusDays(10));
    OutgoingLetter reminder = outbox.find("STATEMENT_REMINDER", key(customerNo)).orElseThrow();
    assertThat(reminder.getSubject()).isEqualTo(
        "Reminder: please confirm the statement of account for Gamma Statement Co, 1992-05-01 to 1992-05-31");
    assertThat(kit.timerDue(PROCESS, key(customerNo), "Timer_StillNoAnswer").toLocalDate())
        .isEqualTo(RUN_DAY.plusDays(20));

    kit.fireTimer(PROCESS, key(customerNo), "Timer_StillNoAnswer");
    Task call = kit.task(key(customerNo), "Task_CallCustomer");
    assertThat(call.getName()).isEqualTo("Call Gamma Statement Co about the unanswered statement 1992-05");
    assertThat(groups(call)).containsExactly("credit");

    kit.complete(PROCESS, key(customerNo), "Task_CallCustomer", "carol", Map.of("callOutcome", "WILL_ANSWER",
        "callNote", "Mr Wang will sign it this week"));
    assertProcess(customerNo).hasPassed("EndEvent_Called").isWaitingAt("Task_RecordAnswer");

    kit.today(RUN_DAY.plusDays(21));
    kit.complete(PROCESS, key(customerNo), "Task_RecordAnswer", "frank", Map.of("answer", "CONFIRMED",
        "confirmedOn", RUN_DAY.plusDays(21).toString(), "signerName", "Mr Wang"));
    assertThat(kit.instance(PROCESS, key(customerNo))).isNull();
    assertThat(statement(customerNo).status()).isEqualTo("CONFIRMED");
  }

  @Test
  void creditClosesAStatementNobodyAnswers() {
    String customerNo = sent("Delta Statement Co", "ap@delta-statement.example");
    kit.fireTimer(PROCESS, key(customerNo), "Timer_NoAnswer");
    kit.fireTimer(PROCESS, key(customerNo), "Timer_StillNoAnswer");
    kit.complete(PROCESS, key(customerNo), "Task_CallCustomer", "carol", Map.of("callOutcome", "NO_ANSWER",
        "callNote", "nobody reachable"));

    assertThat(kit.instance(PROCESS, key(customerNo))).as("the answer task ends too").isNull();
    assertThat(passed(customerNo)).contains("EndEvent_NoAnswer").doesNotContain("EndEvent_Confirmed");
    var s = statement(customerNo);
    assertThat(s.status()).isEqualTo("NO_ANSWER");
    assertThat(s.answerRecordedBy()).isEqualTo("carol");
    assertThat(s.answerNote()).isEqualTo("nobody reachable");
  }

  @Test
  void withoutAnEmailAddressFinancePrintsAndPostsIt() {
    String customerNo = sent("Epsilon Statement Co", null);
    assertProcess(customerNo).isWaitingAt("Task_PrintAndPost");
    Task print = kit.task(key(customerNo), "Task_PrintAndPost");
    assertThat(print.getName()).isEqualTo("Print and post the statement 1992-05 to Epsilon Statement Co");
    assertThat(groups(print)).containsExactly("finance");
    OutgoingLetter letter = outbox.find("STATEMENT", key(customerNo)).orElseThrow();
    assertThat(letter.getDelivery()).isEqualTo(OutgoingLetter.Delivery.PRINT);
    assertThat(statement(customerNo).status()).isEqualTo("PREPARED");

    kit.today(RUN_DAY.plusDays(1));
    kit.complete(PROCESS, key(customerNo), "Task_PrintAndPost", "frank", Map.of("posted", true));
    assertProcess(customerNo).hasPassed("Task_PrintAndPost").isWaitingAt("Task_RecordAnswer");
    assertThat(outbox.find("STATEMENT", key(customerNo)).orElseThrow().getDelivery())
        .isEqualTo(OutgoingLetter.Delivery.PRINTED);
    assertThat(statement(customerNo).status()).isEqualTo("SENT");
    assertThat(statement(customerNo).delivery()).isEqualTo("POST");
    assertThat(statement(customerNo).sentOn()).isEqualTo(RUN_DAY.plusDays(1));
  }

  List<String> passed(String customerNo) {
    var history = engine.getHistoryService();
    var instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(key(customerNo)).singleResult();
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished().list()
        .stream().map(a -> a.getActivityId()).toList();
  }
}
