package io.ardesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.OrderView;
import io.ardesk.support.CaseKit;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import io.ardesk.workflow.orders.OrderIntake;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through engine REST a user works only as themselves: no restart of finished instances, no claiming for a
 * colleague or taking a colleague's task back, no tenant change; and no query returns everything there is.
 * Each refusal is 403 with the reason.
 */
@IntegrationTest
class EngineRestRefusalsTest {

  static final LocalDate ORDER_DAY = LocalDate.of(2026, 3, 2);
  static final String ADMIN_PASSWORD = "Test-Passw0rd-42";

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CreditGrants grants;
  @Autowired OrderIntake intake;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  Http lily() {
    return new Http(port).asDemo("lily");
  }

  Http admin() {
    return new Http(port).as("admin", ADMIN_PASSWORD);
  }

  /** An approved order of a new customer: its "Confirm shipment" task waits for sales. */
  Task confirmShipment() {
    kit.today(ORDER_DAY);
    String customerNo = kit.customer("Own Work Ltd", "ap@ownwork.example", "en", "lily");
    grants.grant(customerNo, new BigDecimal("100000"), "B", SettlementMethod.CREDIT, 30);
    OrderView order = intake.receive(new NewOrder(TestNumbers.unique("SO"), customerNo, ORDER_DAY,
        new BigDecimal("5000"), null, ORDER_DAY.plusDays(5)), "lily");
    assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
    return kit.task(order.orderNo(), "Task_ConfirmShipment");
  }

  void ensureSeller(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword("Other-Seller-2026!");
      identity.saveUser(user);
      identity.createMembership(id, "sales");
    }
  }

  @Test
  void salesCannotRestartAFinishedOrderAtConfirmShipment() {
    Task shipment = confirmShipment();
    String instanceId = shipment.getProcessInstanceId();
    runtime.deleteProcessInstance(instanceId, "order withdrawn");
    String restart = "/engine-rest/process-definition/" + shipment.getProcessDefinitionId() + "/restart";
    String body = "{\"processInstanceIds\": [\"" + instanceId + "\"], "
        + "\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_ConfirmShipment\"}]}";

    HttpResponse<String> refused = lily().postJson(restart, body);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("restarting finished process instances is for administrators");
    HttpResponse<String> refusedAsync = lily().postJson(restart + "-async", body);
    assertThat(refusedAsync.statusCode()).as(refusedAsync.body()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().processDefinitionId(shipment.getProcessDefinitionId())
        .processInstanceBusinessKey(businessKey(instanceId)).count()).as("no new Confirm shipment").isZero();

    HttpResponse<String> byAdmin = admin().postJson(restart, body);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey(instanceId))
        .taskDefinitionKey("Task_ConfirmShipment").count()).isEqualTo(1);
  }

  private String businessKey(String instanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
  }

  @Test
  void nobodyClaimsForAColleagueOrTakesAColleaguesTaskBack() {
    ensureSeller("claim-colleague");
    Task shipment = confirmShipment();
    String path = "/engine-rest/task/" + shipment.getId();
    // the order's salesperson has the task; an administrator hands it back to the group
    assertThat(shipment.getAssignee()).isEqualTo("lily");
    assertThat(admin().postJson(path + "/unclaim", "{}").statusCode()).isEqualTo(204);

    HttpResponse<String> forColleague = lily().postJson(path + "/claim", "{\"userId\": \"claim-colleague\"}");
    assertThat(forColleague.statusCode()).as(forColleague.body()).isEqualTo(403);
    assertThat(forColleague.body()).contains("a task is claimed only for oneself, not for claim-colleague");
    HttpResponse<String> assigned = lily().postJson(path + "/assignee", "{\"userId\": \"claim-colleague\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(403);
    assertThat(assigned.body()).contains("a task is assigned only to oneself (claim it), not to claim-colleague");
    assertThat(tasks.createTaskQuery().taskId(shipment.getId()).singleResult().getAssignee()).isNull();

    assertThat(lily().postJson(path + "/claim", "{\"userId\": \"lily\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> unclaimed = new Http(port).as("claim-colleague", "Other-Seller-2026!")
        .postJson(path + "/unclaim", "{}");
    assertThat(unclaimed.statusCode()).as(unclaimed.body()).isEqualTo(403);
    assertThat(unclaimed.body()).contains("is assigned to lily: only they or an administrator hand it back");
    assertThat(tasks.createTaskQuery().taskId(shipment.getId()).singleResult().getAssignee()).isEqualTo("lily");

    // an administrator may reassign
    assertThat(admin().postJson(path + "/assignee", "{\"userId\": \"claim-colleague\"}").statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(shipment.getId()).singleResult().getAssignee()).isEqualTo("claim-colleague");
  }

  @Test
  void aTaskUpdateDoesNotChangeItsTenant() {
    Task shipment = confirmShipment();
    String path = "/engine-rest/task/" + shipment.getId();
    assertThat(shipment.getAssignee()).isEqualTo("lily");

    HttpResponse<String> moved = lily().send("PUT", path, "{\"name\": \"" + shipment.getName()
        + "\", \"assignee\": \"lily\", \"priority\": " + shipment.getPriority() + ", \"tenantId\": \"elsewhere\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
    assertThat(moved.body()).contains("a task's tenant is not changed");
    assertThat(tasks.createTaskQuery().taskId(shipment.getId()).singleResult().getTenantId()).isNull();
  }

  /** Only AR Desk's own refusals get 422/403; an ordinary engine error is answered as Camunda answers it. */
  @Test
  void anUnknownTaskIsAnsweredAsCamundaAnswersIt() {
    HttpResponse<String> unknown = lily().get("/engine-rest/task/no-such-task");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"type\":\"InvalidRequestException\"").contains("No matching task with id no-such-task");
    HttpResponse<String> completed = lily().postJson("/engine-rest/task/no-such-task/complete", "{\"variables\":{}}");
    // Camunda answers completing a task that does not exist with 500 (its documented answer), and so it stays
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(500);
    assertThat(completed.body()).isEqualTo("{\"type\":\"RestException\",\"message\":\"Cannot complete task no-such-task:"
        + " Cannot find task with id no-such-task: task is null\",\"code\":0}");
  }

  @Test
  void aQueryNamesHowManyRowsItWantsAtMostTwoThousand() {
    Http steve = new Http(port).asDemo("steve");
    HttpResponse<String> everything = steve.get("/engine-rest/history/activity-instance");
    assertThat(everything.statusCode()).as(everything.body()).isEqualTo(400);
    assertThat(everything.body()).contains("unbound number of results");
    assertThat(steve.get("/engine-rest/history/activity-instance?maxResults=2001").statusCode()).isEqualTo(400);
    assertThat(steve.get("/engine-rest/history/activity-instance?firstResult=0&maxResults=2000").statusCode())
        .isEqualTo(200);
    assertThat(steve.get("/engine-rest/history/activity-instance/count").statusCode()).isEqualTo(200);
  }
}
