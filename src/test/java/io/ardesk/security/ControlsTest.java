package io.ardesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.CustomerStatus;
import io.ardesk.ledger.document.CreditNoteLimits;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewCreditNote;
import io.ardesk.support.CaseKit;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of docs/controls.md "Controls" that this class proves (each test names its row):
 * nothing that lowers what a customer owes or loosens credit rests on one person, whatever the entry
 * (the API, engine REST as Tasklist uses it, the Java API behind forms, a CSV import).
 */
@IntegrationTest
class ControlsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CreditGrants grants;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired InvoiceService invoices;
  @Autowired CustomerService customers;
  @Autowired CollectionCaseService cases;
  @Autowired CollectionCaseStarter starter;
  @Autowired ApplicationContext context;
  @Autowired PlatformTransactionManager transactions;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  // --- credit notes (allowances, discounts) -------------------------------------------------------

  @Test
  void creditNote_api_waitsForASupervisorOtherThanTheRequester_andNeedsAReason() {
    String no = kit.customer("Credit Note Ltd", "ap@cn.example", "en", "lily");
    String invoice = no + "-1";
    kit.invoice(no, invoice, LocalDate.now().minusDays(10), LocalDate.now().plusDays(20), "38000.00");
    String body = "{\"creditNoteNo\":\"" + no + "-CN\",\"customerNo\":\"" + no + "\",\"issueDate\":\""
        + LocalDate.now() + "\",\"amount\":38000.00,\"invoiceNo\":\"" + invoice + "\"";

    HttpResponse<String> noReason = frank().postJson("/api/credit-notes", body + "}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(json(noReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");

    HttpResponse<String> asked = frank().postJson("/api/credit-notes", body + ",\"reason\":\"goods returned\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    JsonNode pending = json(asked);
    String requestNo = pending.get("requestNo").asText();
    assertThat(requestNo).isEqualTo("CNR-" + no + "-1");
    assertThat(pending.get("status").asText()).isEqualTo("PENDING");
    assertThat(pending.get("countedInBase").decimalValue()).isEqualByComparingTo("38000.00");
    assertThat(pending.get("baseCurrency").asText()).isEqualTo("CNY");
    assertThat(pending.get("creditNoteLimit").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(asked.headers().firstValue("Location")).hasValue("/api/credit-note-requests/" + requestNo);
    assertThat(invoices.get(invoice).getOpenAmount()).isEqualByComparingTo("38000.00");
    // asked again (a retried call): the same request, nothing new
    HttpResponse<String> again = frank().postJson("/api/credit-notes", body + ",\"reason\":\"goods returned\"}");
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(json(again).get("requestNo").asText()).isEqualTo(requestNo);

    Task task = approvalTask(requestNo);
    BpmnAwareTests.init(engine);
    var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ApproveCreditNote").hasBusinessKey(requestNo);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ApproveCreditNote");
    assertThat(task.getName()).isEqualTo("Approve credit note " + no + "-CN (38,000.00 CNY) for Credit Note Ltd, asked by frank");
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId).containsExactly("supervisor");
    assertThat(tasks.getVariables(task.getId())).containsEntry("counted", "38,000.00 CNY (limit 0.00 CNY)")
        .containsEntry("requestReason", "goods returned");

    // engine REST: frank may not even claim the supervisor's task
    assertThat(frank().postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"frank\"}").statusCode())
        .isIn(403, 404);

    // Tasklist's way (engine REST claim + submit-form with the form's keys) for the supervisor
    Http steve = new Http(port).asDemo("steve");
    assertThat(steve.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"steve\"}").statusCode())
        .isEqualTo(204);
    HttpResponse<String> approved = steve.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"decisionReason\":{\"value\":\"returned goods checked\"}}}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder("StartEvent_CreditNoteRequested",
        "Task_ApproveCreditNote", "EndEvent_Decided");
    assertThat(invoices.get(invoice).getOpenAmount()).isEqualByComparingTo("0.00");
    JsonNode decided = json(frank().get("/api/credit-note-requests/" + requestNo));
    assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("steve");
    assertThat(decided.get("decisionReason").asText()).isEqualTo("returned goods checked");
    Map<String, Object> document = jdbc.queryForMap("select created_by, approver, approval_ref, reason from credit_document"
        + " where kind = 'CREDIT_NOTE' and document_no = ?", no + "-CN");
    assertThat(document).containsEntry("CREATED_BY", "frank").containsEntry("APPROVER", "steve")
        .containsEntry("APPROVAL_REF", requestNo).containsEntry("REASON", "goods returned");
  }

  @Test
  void creditNote_theRequesterNeverApproves_notEvenAsASupervisor_throughEngineRestOrTheForm() {
    String sam = grants.creditAndSupervisor();
    String no = kit.customer("Own Approval Ltd", "ap@own.example", "en", "lily");
    Http samHttp = new Http(port).as(sam, "Four-Eyes-2026!");
    HttpResponse<String> asked = samHttp.postJson("/api/credit-notes", "{\"creditNoteNo\":\"" + no
        + "-CN\",\"customerNo\":\"" + no + "\",\"issueDate\":\"" + LocalDate.now()
        + "\",\"amount\":500,\"reason\":\"price difference\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    String requestNo = json(asked).get("requestNo").asText();
    Task task = approvalTask(requestNo);

    assertThat(samHttp.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + sam + "\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> own = samHttp.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    assertThat(json(own).get("message").asText())
        .isEqualTo(sam + " asked for this change and cannot approve it too: another supervisor must decide");
    assertThat(json(own).get("errors").get(0).get("field").asText()).isEqualTo("approver");
    assertThat(approvalTask(requestNo)).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from credit_document where document_no = ?", Integer.class,
        no + "-CN")).isZero();

    // the Java API behind Tasklist's form (FormService) refuses a refusal without a reason, then steve refuses
    assertThatThrownBy(() -> grants.decide(requestNo, "steve", Map.of("decision", "REFUSE")))
        .hasMessageContaining("a reason is required to refuse a credit note");
    grants.decide(requestNo, "steve", Map.of("decision", "REFUSE", "decisionReason", "no price agreement on file"));
    assertThat(json(frank().get("/api/credit-note-requests/" + requestNo)).get("status").asText()).isEqualTo("REFUSED");
    assertThat(jdbc.queryForObject("select count(*) from credit_document where document_no = ?", Integer.class,
        no + "-CN")).isZero();
  }

  /**
   * ardesk.controls.credit-note-limit 10,000.00 CNY (base), QQQ at 7.10: 9,000.00 on 04-20 and 100.00 on
   * 04-21; on 05-20 the window is 04-21..05-20, so 5,000.00 counts 5,100.00 (posted), and 800.00 QQQ
   * = 5,680.00 CNY brings it to 10,780.00: above the limit, it waits for a supervisor. Without the
   * window (9,000.00 of 04-20 still counting) 5,000.00 would have been 14,100.00.
   */
  @Test
  void creditNote_limitCountsPerCustomerOverRolling30DaysInTheBaseCurrency() {
    rate("QQQ", LocalDate.of(2026, 1, 1), "7.10");
    var limited = CreditNoteLimits.withLimit(context, "10000.00");
    String no = kit.customer("Split Credit Ltd", "ap@split.example", "en", "lily");
    var tx = new TransactionTemplate(transactions);

    kit.today(LocalDate.of(2026, 4, 20));
    var first = tx.execute(s -> limited.request(note(no, "A", "9000.00", "CNY", "2026-04-20"), "frank"));
    assertThat(first.posted()).isPresent();
    kit.today(LocalDate.of(2026, 4, 21));
    var second = tx.execute(s -> limited.request(note(no, "B", "100.00", "CNY", "2026-04-21"), "frank"));
    assertThat(second.posted().orElseThrow().value().getApprovalRef()).isEqualTo("within limit: 9100.00 CNY");

    kit.today(LocalDate.of(2026, 5, 20));
    var third = tx.execute(s -> limited.request(note(no, "C", "5000.00", "CNY", "2026-05-20"), "frank"));
    assertThat(third.posted().orElseThrow().value().getApprovalRef()).isEqualTo("within limit: 5100.00 CNY");
    var fourth = tx.execute(s -> limited.request(note(no, "D", "800.00", "QQQ", "2026-05-20"), "frank"));
    assertThat(fourth.posted()).isEmpty();
    var request = fourth.pending().orElseThrow();
    assertThat(request.getCountedInBase()).isEqualByComparingTo("10780.00");
    assertThat(request.getBaseCurrency()).isEqualTo("CNY");
    assertThat(request.getAmount()).isEqualByComparingTo("800.00");
    assertThat(request.getCurrency()).isEqualTo("QQQ");
    assertThat(approvalTask(request.getRequestNo())).isNotNull();
  }

  // --- holds (stop supply) ------------------------------------------------------------------------

  @Test
  void hold_liftedOnlyByItsCauseOrASupervisorWithAReason_andTheCasePlacesItAgainUnlessPaused() {
    LocalDate due = LocalDate.of(2026, 1, 31);
    String no = kit.customer("Held Goods Ltd", "ap@held.example", "en", "lily");
    kit.today(due.minusDays(30));
    kit.invoice(no, no + "-INV", due.minusDays(30), due, "10000.00");
    kit.today(due.plusDays(40));
    starter.startOrReview(no);
    kit.runDueJobs("collection-case", no);
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    String lift = "/api/customers/" + no + "/holds/lift";

    HttpResponse<String> byCarol = carol().postJson(lift, "{\"cause\":\"COLLECTION_CASE\",\"reason\":\"promised\"}");
    assertThat(byCarol.statusCode()).isEqualTo(403);
    assertThat(byCarol.body()).contains("carol is not a member of the supervisor group");
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    Http steve = new Http(port).asDemo("steve");
    HttpResponse<String> noReason = steve.postJson(lift, "{\"cause\":\"COLLECTION_CASE\"}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("reason");

    assertThat(steve.postJson(lift, "{\"cause\":\"COLLECTION_CASE\",\"reason\":\"urgent order, paid by Friday\"}")
        .statusCode()).isEqualTo(200);
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    var lifted = customers.holds(no).get(0);
    assertThat(lifted.getLiftedBy()).isEqualTo("steve");
    assertThat(lifted.getLiftReason()).isEqualTo("urgent order, paid by Friday");
    // the case's next evaluation places it again
    kit.fireTimer("collection-case", no, "Timer_LookAgain");
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);

    // lifted with a pause: the case leaves it until the pause ends, then places it again
    LocalDate today = due.plusDays(60);
    kit.today(today);
    HttpResponse<String> paused = steve.postJson(lift, "{\"cause\":\"COLLECTION_CASE\",\"reason\":\"big payment on the way\","
        + "\"pauseUntil\":\"" + today.plusDays(5) + "\"}");
    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
    cases.evaluate(no);
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    kit.today(today.plusDays(6));
    cases.evaluate(no);
    assertThat(customers.get(no).getStatus()).isEqualTo(CustomerStatus.CREDIT_HOLD);
    assertThat(jdbc.queryForObject("select count(*) from collection_action a join collection_case c on c.id = a.case_id"
        + " where c.customer_no = ? and a.kind = 'SUPPLY_PAUSED' and a.action_date = ?", Integer.class, no,
        today.plusDays(5))).isOne();
  }

  // --- credit decided by a second person ----------------------------------------------------------

  @Test
  void routing_creditCannotNameItselfSalespersonOrLedgerAdministrator_inPatchCreateOrImport() {
    String no = kit.customer("Routing Ltd", "ap@routing.example", "en", "lily");
    HttpResponse<String> patch = carol().patchJson("/api/customers/" + no,
        "{\"salesperson\":\"carol\",\"reason\":\"I know them\"}");
    assertThat(patch.statusCode()).isEqualTo(422);
    assertThat(json(patch).get("errors").get(0).get("field").asText()).isEqualTo("salesperson");
    assertThat(customers.get(no).getSalesperson()).isEqualTo("lily");
    assertThat(carol().patchJson("/api/customers/" + no, "{\"ledgerAdministrator\":\"carol\",\"reason\":\"x\"}")
        .statusCode()).isEqualTo(422);

    String other = io.ardesk.support.TestNumbers.unique("RT");
    HttpResponse<String> created = carol().postJson("/api/customers", "{\"customerNo\":\"" + other
        + "\",\"name\":\"Self Routed\",\"salesperson\":\"carol\"}");
    assertThat(created.statusCode()).isEqualTo(422);
    HttpResponse<String> imported = carol().post("/api/imports/customers", "text/csv",
        "customer_no,name,ledger_administrator\n" + other + ",Self Routed,carol\n");
    assertThat(imported.statusCode()).isEqualTo(422);
    assertThat(imported.body()).contains("cannot name itself").contains("\"line\":2");
    // sales may still name itself salesperson: it does not decide credit
    assertThat(new Http(port).asDemo("lily").patchJson("/api/customers/" + no, "{\"name\":\"Routing Ltd.\"}")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void loosening_prepaymentToCashNeedsASupervisor_andAnApprovalOfWhatChangedSinceIsRefused() {
    String no = kit.customer("Loosening Ltd", "ap@loose.example", "en", "lily");
    assertThat(carol().patchJson("/api/customers/" + no, "{\"settlementMethod\":\"PREPAYMENT\",\"reason\":\"slow\"}")
        .statusCode()).isEqualTo(200);
    HttpResponse<String> toCash = carol().patchJson("/api/customers/" + no,
        "{\"settlementMethod\":\"CASH\",\"reason\":\"paid on time\"}");
    assertThat(toCash.statusCode()).isEqualTo(202);
    assertThat(json(toCash).get("changes").get(0).asText()).isEqualTo("settlementMethod: PREPAYMENT → CASH");

    HttpResponse<String> better = carol().patchJson("/api/customers/" + no, "{\"grade\":\"A\",\"reason\":\"good year\"}");
    assertThat(better.statusCode()).isEqualTo(202);
    String requestNo = json(better).get("requestNo").asText();
    // meanwhile the grade drops to D: approving "B → A" now would lift D to A, more than the form shows
    assertThat(carol().patchJson("/api/customers/" + no, "{\"grade\":\"D\",\"reason\":\"two cheques bounced\"}")
        .statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> grants.approve(requestNo, "steve"))
        .hasRootCauseInstanceOf(io.ardesk.ledger.ApprovalRefusedException.class)
        .hasMessageContaining("grade changed since " + requestNo + " was asked");
    assertThat(customers.get(no).getGrade()).isEqualTo("D");
  }

  // --- extensions --------------------------------------------------------------------------------

  @Test
  void extension_theRequesterDoesNotCheckItsCredit_throughTheStartFormAndEngineRest() {
    String no = kit.customer("Rest Extension Ltd", "ap@rest-ext.example", "en", "lily");
    LocalDate today = LocalDate.now();
    kit.invoice(no, no + "-INV", today.minusDays(30), today.plusDays(5), "5000.00");
    HttpResponse<String> started = carol().postJson("/engine-rest/process-definition/key/payment-extension/submit-form",
        "{\"variables\":{\"customerNo\":{\"value\":\"" + no + "\"},\"invoiceNos\":{\"value\":\"" + no
            + "-INV\"},\"requestedDueDate\":{\"value\":\"" + today.plusDays(60) + "\"},\"reason\":{\"value\":\"seasonal\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String requestNo = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(json(started).get("id").asText()).singleResult().getBusinessKey();
    kit.runDueJobs("payment-extension", requestNo);
    Task check = tasks.createTaskQuery().processInstanceBusinessKey(requestNo).taskDefinitionKey("Task_CheckCredit")
        .singleResult();
    String path = "/engine-rest/task/" + check.getId();

    assertThat(carol().postJson(path + "/claim", "{\"userId\":\"carol\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> own = carol().postJson(path + "/submit-form", "{\"variables\":{\"creditCheck\":{\"value\":\"GOOD\"}}}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    assertThat(json(own).get("message").asText()).contains("carol asked for extension " + requestNo
        + " and cannot check the customer's credit");
    // the task stays with carol until someone who may reassign (an administrator) hands it back
    tasks.setAssignee(check.getId(), null);

    Http chris = new Http(port).asDemo("chris");
    assertThat(chris.postJson(path + "/claim", "{\"userId\":\"chris\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> checked = chris.postJson(path + "/submit-form", "{\"variables\":{\"creditCheck\":{\"value\":\"GOOD\"}}}");
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select credit_checked_by from extension_request where request_no = ?", String.class,
        requestNo)).isEqualTo("chris");
  }

  // --- helpers ------------------------------------------------------------------------------------

  static NewCreditNote note(String customerNo, String suffix, String amount, String currency, String date) {
    return new NewCreditNote(customerNo + "-" + suffix, customerNo, LocalDate.parse(date), new BigDecimal(amount),
        null, currency, "allowance " + suffix);
  }

  /** A rate for QQQ, a currency only these tests use (XTS belongs to ReceivablesFiguresTest's ledger). */
  void rate(String currency, LocalDate on, String rate) {
    if (jdbc.queryForObject("select count(*) from exchange_rate where currency = ? and rate_date = ?", Integer.class,
        currency, on) == 0) {
      jdbc.update("insert into exchange_rate (currency, rate_date, rate, imported_at, imported_by) values (?, ?, ?,"
          + " current_timestamp, 'test')", currency, on, new BigDecimal(rate));
    }
  }

  Task approvalTask(String requestNo) {
    return tasks.createTaskQuery().processDefinitionKey("credit-note-approval").processInstanceBusinessKey(requestNo)
        .singleResult();
  }

  Http frank() {
    return new Http(port).asDemo("frank");
  }

  Http carol() {
    return new Http(port).asDemo("carol");
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

}
