package io.ardesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Four eyes through the API: what loosens credit answers 202 and waits for a supervisor who
 * is not the requester; what tightens applies at once; every credit change needs a reason; the
 * fields that hide the ledger or route work are credit's; every change of a customer is audited;
 * a write-off waits for a supervisor.
 */
@IntegrationTest
class FourEyesApiTest {
  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService taskService;
  @Autowired CreditGrants grants;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void raisingTheLimitWaitsForASupervisorWhoIsNotTheRequester() {
    String no = customerByCredit("{\"creditLimit\":10000,\"grade\":\"C\"}");

    var raised = carol().patchJson("/api/customers/" + no,
        "{\"creditLimit\":50000,\"grade\":\"B\",\"reason\":\"two years paid on time\"}");
    assertThat(raised.statusCode()).isEqualTo(202);
    JsonNode pending = body(raised);
    String requestNo = pending.get("requestNo").asText();
    assertThat(requestNo).isEqualTo("CCR-" + no + "-1");
    assertThat(pending.get("status").asText()).isEqualTo("PENDING");
    assertThat(pending.get("changes")).extracting(JsonNode::asText)
        .containsExactly("creditLimit: 10000.00 → 50000.00", "grade: C → B");
    assertThat(raised.headers().firstValue("Location")).hasValue(
        "/api/customers/" + no + "/credit-change-requests/" + requestNo);
    assertThat(customer(no).get("creditLimit").decimalValue()).isEqualByComparingTo("10000.00");
    assertThat(customer(no).get("grade").asText()).isEqualTo("C");

    Task task = taskService.createTaskQuery().processDefinitionKey("credit-change-approval")
        .processInstanceBusinessKey(requestNo).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ApproveCreditChange");
    assertThat(task.getName()).contains(no, "asked by carol", "creditLimit: 10,000.00 → 50,000.00");
    assertThat(candidateGroups(task)).containsExactly("supervisor");
    assertThat(taskService.getVariables(task.getId())).containsEntry("oldCreditLimit", "10,000.00")
        .containsEntry("newCreditLimit", "50,000.00").containsEntry("oldGrade", "C").containsEntry("newGrade", "B")
        .containsEntry("requestedBy", "carol").containsEntry("requestReason", "two years paid on time");

    // frank is not a supervisor, carol asked: both refused, the task stays open
    assertThatThrownBy(() -> grants.approve(requestNo, "frank")).hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("frank is not a member of the supervisor group");
    assertThatThrownBy(() -> grants.approve(requestNo, "carol")).hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("carol asked for this change and cannot approve it too");
    // a refusal needs a reason
    assertThatThrownBy(() -> grants.decide(requestNo, "steve", Map.of("decision", "REFUSE")))
        .hasMessageContaining("reason");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(requestNo).count()).isOne();
    assertThat(customer(no).get("creditLimit").decimalValue()).isEqualByComparingTo("10000.00");

    grants.approve(requestNo, "steve");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(requestNo).count()).isZero();
    assertThat(customer(no).get("creditLimit").decimalValue()).isEqualByComparingTo("50000.00");
    assertThat(customer(no).get("grade").asText()).isEqualTo("B");
    JsonNode decided = body(steve().get("/api/customers/" + no + "/credit-change-requests/" + requestNo));
    assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("steve");
    JsonNode limitChange = last(history(no), "creditLimit");
    assertThat(limitChange.get("oldValue").asText()).isEqualTo("10000.00");
    assertThat(limitChange.get("newValue").asText()).isEqualTo("50000.00");
    assertThat(limitChange.get("changedBy").asText()).isEqualTo("carol");
    assertThat(limitChange.get("approvedBy").asText()).isEqualTo("steve");
    assertThat(limitChange.get("requestNo").asText()).isEqualTo(requestNo);
    assertThat(limitChange.get("reason").asText()).isEqualTo("two years paid on time");
  }

  @Test
  void aSupervisorWhoAskedForTheChangeCannotApproveIt() {
    String sam = grants.creditAndSupervisor();
    String no = customerByCredit("{\"creditLimit\":1000}");
    var samHttp = new Http(port).as(sam, "Four-Eyes-2026!");

    var raised = samHttp.patchJson("/api/customers/" + no,
        "{\"settlementMethod\":\"CASH\",\"reason\":\"slow payer\"}");
    assertThat(raised.statusCode()).isEqualTo(200);
    var backToCredit = samHttp.patchJson("/api/customers/" + no,
        "{\"settlementMethod\":\"CREDIT\",\"reason\":\"paid on time again\"}");
    assertThat(backToCredit.statusCode()).isEqualTo(202);
    String requestNo = body(backToCredit).get("requestNo").asText();

    assertThatThrownBy(() -> grants.approve(requestNo, sam)).hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("sam asked for this change and cannot approve it too");
    assertThat(customer(no).get("settlementMethod").asText()).isEqualTo("CASH");

    grants.decide(requestNo, "steve", Map.of("decision", "REFUSE", "decisionReason", "not yet, six months first"));
    assertThat(customer(no).get("settlementMethod").asText()).isEqualTo("CASH");
    JsonNode refused = body(carol().get("/api/customers/" + no + "/credit-change-requests/" + requestNo));
    assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
    assertThat(refused.get("decisionReason").asText()).isEqualTo("not yet, six months first");
    assertThat(last(history(no), "creditChangeRequest").get("newValue").asText()).isEqualTo("REFUSED");
  }

  @Test
  void tighteningAppliesAtOnceAndEveryCreditChangeNeedsAReason() {
    String no = customerByCredit("{\"creditLimit\":80000,\"grade\":\"B\"}");

    var noReason = carol().patchJson("/api/customers/" + no, "{\"creditLimit\":20000}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(body(noReason).get("errors")).extracting(e -> e.get("field").asText()).containsExactly("reason");
    assertThat(carol().patchJson("/api/customers/" + no, "{\"creditLimit\":90000}").statusCode()).isEqualTo(422);
    assertThat(carol().patchJson("/api/customers/" + no, "{\"status\":\"CASH_ONLY\",\"reason\":\" \"}").statusCode())
        .isEqualTo(422);

    var lower = carol().patchJson("/api/customers/" + no,
        "{\"creditLimit\":20000,\"grade\":\"D\",\"settlementMethod\":\"PREPAYMENT\",\"reason\":\"cheque bounced\"}");
    assertThat(lower.statusCode()).isEqualTo(200);
    assertThat(body(lower).get("creditLimit").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(body(lower).get("grade").asText()).isEqualTo("D");
    assertThat(body(lower).get("settlementMethod").asText()).isEqualTo("PREPAYMENT");
    var cashOnly = carol().patchJson("/api/customers/" + no, "{\"status\":\"CASH_ONLY\",\"reason\":\"line cancelled\"}");
    assertThat(cashOnly.statusCode()).isEqualTo(200);
    assertThat(body(cashOnly).get("status").asText()).isEqualTo("CASH_ONLY");
    assertThat(last(history(no), "grade").get("approvedBy").isNull()).isTrue();

    // back to ACTIVE from cash only loosens credit: a supervisor decides
    var active = carol().patchJson("/api/customers/" + no, "{\"status\":\"ACTIVE\",\"reason\":\"paid up\"}");
    assertThat(active.statusCode()).isEqualTo(202);
    assertThat(customer(no).get("status").asText()).isEqualTo("CASH_ONLY");
    grants.approve(body(active).get("requestNo").asText(), "steve");
    assertThat(customer(no).get("status").asText()).isEqualTo("ACTIVE");
    assertThat(last(history(no), "status").get("approvedBy").asText()).isEqualTo("steve");
    // an unknown grade is refused
    assertThat(carol().patchJson("/api/customers/" + no, "{\"grade\":\"AAA\",\"reason\":\"x\"}").statusCode())
        .isEqualTo(422);
  }

  @Test
  void aCustomerOpenedByCreditCarriesItsLimitAndGradeAndRaisingThemLaterNeedsASecondPerson() {
    String no = TestNumbers.unique("FE");
    var created = carol().postJson("/api/customers", "{\"customerNo\":\"" + no + "\",\"name\":\"Opened " + no
        + "\",\"creditLimit\":300000,\"grade\":\"A\",\"settlementMethod\":\"CREDIT\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(body(created).get("creditLimit").decimalValue()).isEqualByComparingTo("300000.00");
    assertThat(body(created).get("grade").asText()).isEqualTo("A");
    JsonNode history = history(no);
    assertThat(last(history, "creditLimit").get("changedBy").asText()).isEqualTo("carol");
    assertThat(last(history, "grade").get("newValue").asText()).isEqualTo("A");
    assertThat(last(history, "settlementMethod").get("newValue").asText()).isEqualTo("CREDIT");

    String imported = TestNumbers.unique("FE");
    var load = carol().post("/api/imports/customers", "text/csv",
        "customer_no,name,credit_limit,grade\n" + imported + ",Imported Ltd,120000,B\n");
    assertThat(load.statusCode()).isEqualTo(200);
    assertThat(customer(imported).get("creditLimit").decimalValue()).isEqualByComparingTo("120000.00");
    assertThat(last(history(imported), "grade").get("changedBy").asText()).isEqualTo("carol");

    assertThat(carol().patchJson("/api/customers/" + imported, "{\"creditLimit\":120001,\"reason\":\"more\"}")
        .statusCode()).isEqualTo(202);
    assertThat(customer(imported).get("creditLimit").decimalValue()).isEqualByComparingTo("120000.00");
    // the import cannot raise the limit of an existing customer either
    assertThat(carol().post("/api/imports/customers", "text/csv",
        "customer_no,name,credit_limit,grade\n" + imported + ",Imported Ltd,900000,B\n").statusCode()).isEqualTo(422);
  }

  @Test
  void salesCannotChangeTheFieldsThatHideTheLedgerOrRouteWork() {
    String no = customerByCredit("{}");
    for (String field : List.of("\"currency\":\"USD\"", "\"salesperson\":\"lily\"", "\"ledgerAdministrator\":\"lily\"",
        "\"status\":\"ACTIVE\"")) {
      var refused = lily().patchJson("/api/customers/" + no, "{" + field + ",\"reason\":\"mine\"}");
      assertThat(refused.statusCode()).as(field).isEqualTo(403);
      assertThat(body(refused).get("detail").asText()).as(field)
          .contains(field.substring(1, field.indexOf('"', 1)));
    }
    assertThat(customer(no).get("currency").asText()).isEqualTo("CNY");
    assertThat(customer(no).get("salesperson").isNull()).isTrue();
  }

  @Test
  void theCurrencyCannotChangeWhileDocumentsExist() {
    String no = customerByCredit("{}");
    var noReason = carol().patchJson("/api/customers/" + no, "{\"currency\":\"USD\"}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(body(noReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");
    assertThat(carol().patchJson("/api/customers/" + no, "{\"currency\":\"USD\",\"reason\":\"contract in USD\"}")
        .statusCode()).isEqualTo(200);
    assertThat(frank().postJson("/api/invoices", "{\"invoiceNo\":\"" + no + "-1\",\"customerNo\":\"" + no
        + "\",\"issueDate\":\"2026-01-05\",\"amount\":100}").statusCode()).isEqualTo(201);

    var refused = carol().patchJson("/api/customers/" + no, "{\"currency\":\"CNY\",\"reason\":\"back\"}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(body(refused).get("errors").get(0).get("field").asText()).isEqualTo("currency");
    assertThat(customer(no).get("currency").asText()).isEqualTo("USD");
  }

  @Test
  void everyChangeOfEveryFieldIsKeptWithWhoWhenOldNewAndWhy() {
    String no = customerByCredit("{}");
    var profile = lily().patchJson("/api/customers/" + no, """
        {"name":"Renamed Ltd","address":"9 Dock Rd","contactPerson":"Ms Wu","principal":"Mr Qian","phone":"021-1",
         "email":"ap@renamed.example","bankAccount":"ICBC 1","territory":"East","foundedOn":"2001-02-03",
         "keyAccount":true,"language":"en","reason":"new letterhead"}""");
    assertThat(profile.statusCode()).isEqualTo(200);
    var routing = carol().patchJson("/api/customers/" + no,
        "{\"salesperson\":\"lily\",\"ledgerAdministrator\":\"frank\",\"currency\":\"HKD\",\"paymentTermsDays\":45,"
            + "\"nextReviewDate\":\"2027-01-01\",\"reason\":\"moved to the Hong Kong desk\"}");
    assertThat(routing.statusCode()).isEqualTo(200);

    JsonNode history = history(no);
    for (String field : List.of("name", "address", "contactPerson", "principal", "phone", "email", "bankAccount",
        "territory", "foundedOn", "keyAccount", "language")) {
      JsonNode change = last(history, field);
      assertThat(change.get("changedBy").asText()).as(field).isEqualTo("lily");
      assertThat(change.get("reason").asText()).as(field).isEqualTo("new letterhead");
      assertThat(change.get("changedAt").asText()).as(field).isNotBlank();
    }
    assertThat(last(history, "name").get("oldValue").asText()).isEqualTo("Customer " + no);
    assertThat(last(history, "name").get("newValue").asText()).isEqualTo("Renamed Ltd");
    assertThat(last(history, "keyAccount").get("oldValue").asText()).isEqualTo("false");
    for (String field : List.of("salesperson", "ledgerAdministrator", "currency", "paymentTermsDays", "nextReviewDate")) {
      JsonNode change = last(history, field);
      assertThat(change.get("changedBy").asText()).as(field).isEqualTo("carol");
      assertThat(change.get("reason").asText()).as(field).isEqualTo("moved to the Hong Kong desk");
    }
    assertThat(last(history, "currency").get("oldValue").asText()).isEqualTo("CNY");
    assertThat(last(history, "currency").get("newValue").asText()).isEqualTo("HKD");
    assertThat(last(history, "ledgerAdministrator").get("newValue").asText()).isEqualTo("frank");
  }

  @Test
  void aWriteOffWaitsForASupervisorOtherThanTheRequester() {
    String no = customerByCredit("{}");
    String invoice = no + "-1";
    assertThat(frank().postJson("/api/invoices", "{\"invoiceNo\":\"" + invoice + "\",\"customerNo\":\"" + no
        + "\",\"issueDate\":\"2025-01-05\",\"amount\":4321.50}").statusCode()).isEqualTo(201);

    var withApprover = frank().postJson("/api/invoices/" + invoice + "/write-off",
        "{\"reason\":\"bankrupt\",\"approver\":\"steve\"}");
    assertThat(withApprover.statusCode()).isEqualTo(422);
    assertThat(body(withApprover).get("errors").get(0).get("field").asText()).isEqualTo("approver");
    assertThat(frank().postJson("/api/invoices/" + invoice + "/write-off", "{}").statusCode()).isEqualTo(422);
    assertThat(lily().postJson("/api/invoices/" + invoice + "/write-off", "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(403);

    var asked = frank().postJson("/api/invoices/" + invoice + "/write-off",
        "{\"date\":\"2026-01-31\",\"reason\":\"customer bankrupt\"}");
    assertThat(asked.statusCode()).isEqualTo(202);
    String requestNo = body(asked).get("requestNo").asText();
    assertThat(body(asked).get("status").asText()).isEqualTo("PENDING");
    assertThat(body(asked).get("openAmount").decimalValue()).isEqualByComparingTo("4321.50");
    assertThat(frank().postJson("/api/invoices/" + invoice + "/write-off", "{\"reason\":\"again\"}").statusCode())
        .isEqualTo(409);
    assertThat(body(frank().get("/api/invoices/" + invoice)).get("openAmount").decimalValue())
        .isEqualByComparingTo("4321.50");

    Task task = taskService.createTaskQuery().processDefinitionKey("write-off-approval")
        .processInstanceBusinessKey(requestNo).singleResult();
    assertThat(task.getName()).contains(invoice, "(4,321.50 CNY)", "asked by frank");
    assertThat(taskService.getVariables(task.getId())).containsEntry("openAmount", "4,321.50 CNY")
        .containsEntry("writeOffDate", "2026-01-31");
    assertThat(candidateGroups(task)).containsExactly("supervisor");
    assertThatThrownBy(() -> grants.approve(requestNo, "frank")).hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("frank");
    assertThat(body(frank().get("/api/invoices/" + invoice)).get("openAmount").decimalValue())
        .isEqualByComparingTo("4321.50");

    grants.approve(requestNo, "steve");
    assertThat(body(frank().get("/api/invoices/" + invoice)).get("openAmount").decimalValue())
        .isEqualByComparingTo("0.00");
    JsonNode decided = body(frank().get("/api/write-off-requests/" + requestNo));
    assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("steve");
    assertThat(jdbc.queryForObject("select approver from credit_document where kind = 'WRITE_OFF' and document_no = ?",
        String.class, decided.get("writeOffNo").asText())).isEqualTo("steve");
  }

  @Test
  void aSupervisorInFinanceCannotApproveHisOwnWriteOff() {
    String sam = grants.creditAndSupervisor();
    String no = customerByCredit("{}");
    String invoice = no + "-1";
    frank().postJson("/api/invoices", "{\"invoiceNo\":\"" + invoice + "\",\"customerNo\":\"" + no
        + "\",\"issueDate\":\"2025-01-05\",\"amount\":50}");
    var asked = new Http(port).as(sam, "Four-Eyes-2026!").postJson("/api/invoices/" + invoice + "/write-off",
        "{\"reason\":\"not worth chasing\"}");
    assertThat(asked.statusCode()).isEqualTo(202);
    String requestNo = body(asked).get("requestNo").asText();

    assertThatThrownBy(() -> grants.approve(requestNo, sam)).hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("cannot approve it too");
    grants.decide(requestNo, "steve", Map.of("decision", "REFUSE", "decisionReason", "chase it first"));
    assertThat(body(frank().get("/api/invoices/" + invoice)).get("openAmount").decimalValue())
        .isEqualByComparingTo("50.00");
    assertThat(body(frank().get("/api/write-off-requests/" + requestNo)).get("status").asText()).isEqualTo("REFUSED");
  }

  // --- helpers ------------------------------------------------------------------------------------

  /** A customer opened by carol (credit) with the credit fields of {@code creditJson}, e.g. {"creditLimit":1}. */
  String customerByCredit(String creditJson) {
    String no = TestNumbers.unique("FE");
    String fields = creditJson.substring(1, creditJson.length() - 1);
    var created = carol().postJson("/api/customers", "{\"customerNo\":\"" + no + "\",\"name\":\"Customer " + no + "\""
        + (fields.isBlank() ? "" : "," + fields) + "}");
    assertThat(created.statusCode()).isEqualTo(201);
    return no;
  }

  JsonNode customer(String no) {
    return body(carol().get("/api/customers/" + no));
  }

  JsonNode history(String no) {
    return body(lily().get("/api/customers/" + no + "/history"));
  }

  static JsonNode last(JsonNode history, String field) {
    List<JsonNode> rows = new ArrayList<>();
    history.forEach(h -> {
      if (h.get("field").asText().equals(field)) {
        rows.add(h);
      }
    });
    assertThat(rows).as("history of " + field).isNotEmpty();
    return rows.get(rows.size() - 1);
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
        .map(IdentityLink::getGroupId).toList();
  }

  Http carol() { return as("carol"); }
  Http lily() { return as("lily"); }
  Http frank() { return as("frank"); }
  Http steve() { return as("steve"); }

  Http as(String user) {
    return new Http(port).asDemo(user);
  }

  JsonNode body(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(response.statusCode() + " " + response.body(), e);
    }
  }
}
