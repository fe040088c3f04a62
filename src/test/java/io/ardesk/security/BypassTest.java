package io.ardesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.config.IdentitySeeding;
import io.ardesk.credit.domain.CharacteristicGroup;
import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderEvent;
import io.ardesk.orders.OrderService;
import io.ardesk.orders.OrderStatus;
import io.ardesk.orders.OrderView;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import io.ardesk.workflow.orders.OrderIntake;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each bypass of start rights, task input and stop supply, tried as a user would, refused. */
@IntegrationTest
class BypassTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired io.ardesk.support.CreditGrants grants;
  @Autowired CaseKit kit;
  @Autowired CustomerService customers;
  @Autowired OrderIntake intake;
  @Autowired OrderService orders;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentitySeeding seeding;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  Http lily() {
    return new Http(port).as("lily", "Ardesk-sales-1");
  }

  // --- start rights -------------------------------------------------------------------------------

  @Test
  void salesCannotStartACollectionCaseOrACollectionsRun() {
    String customerNo = kit.customer("Start Rights Ltd", "ap@start.example", "en", "lily");
    HttpResponse<String> caseStart = lily().postJson("/engine-rest/process-definition/key/collection-case/start",
        "{\"businessKey\": \"" + customerNo + "\", \"variables\": {\"customerNo\": {\"value\": \"" + customerNo + "\"}}}");
    assertThat(caseStart.statusCode()).as(caseStart.body()).isEqualTo(403);
    assertThat(kit.instance("collection-case", customerNo)).isNull();
    assertThat(lily().postJson("/engine-rest/process-definition/key/collections-run/start", "{}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void salesCannotFireTheCollectionsRunOrAnyOtherMessage() {
    long runs = runtime.createProcessInstanceQuery().processDefinitionKey("collections-run").count();
    HttpResponse<String> run = lily().postJson("/engine-rest/message",
        "{\"messageName\": \"CollectionsRunRequested\", \"processVariables\": {\"runDate\": {\"value\": \"2026-01-01\"}}}");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(403);
    HttpResponse<String> imported = lily().postJson("/engine-rest/message",
        "{\"messageName\": \"CustomerImported\", \"businessKey\": \"X\"}");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("collections-run").count()).isEqualTo(runs);
  }

  @Test
  void aStartCarriesOnlyTheStartFormsFieldsAndBeginsAtTheStartEvent() {
    HttpResponse<String> review = lily().postJson("/engine-rest/process-definition/key/customer-credit-review/start",
        "{\"variables\": {\"customerNo\": {\"value\": \"NO-SUCH\"}, \"hasRecentFigures\": {\"value\": true}}}");
    assertThat(review.statusCode()).as(review.body()).isEqualTo(403);
    assertThat(review.body()).contains("not accepted: hasRecentFigures");
    HttpResponse<String> atActivity = lily().postJson("/engine-rest/process-definition/key/order-to-cash/start",
        "{\"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_CreateInvoice\"}]}");
    assertThat(atActivity.statusCode()).as(atActivity.body()).isEqualTo(403);
  }

  @Test
  void anOldCatchAllStartGrantIsTakenBackWhenTheApplicationStarts() {
    Authorization catchAll = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn("sales").resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    catchAll.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(catchAll);
    assertThat(lily().postJson("/engine-rest/process-definition/key/collections-run/start", "{}").statusCode())
        .isNotEqualTo(403);

    seeding.seed(engine);
    seeding.seed(engine);

    assertThat(lily().postJson("/engine-rest/process-definition/key/collections-run/start", "{}").statusCode())
        .isEqualTo(403);
    Authorization after = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn("sales").resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    assertThat(after.isPermissionGranted(Permissions.CREATE_INSTANCE)).isFalse();
    assertThat(after.isPermissionGranted(Permissions.READ)).isTrue();
  }

  @Test
  void usersAndGroupsAreListedOnlyForAdministratorsWhileTasklistStillKnowsTheUser() throws Exception {
    JsonNode users = JSON.readTree(lily().get("/engine-rest/user?maxResults=100").body());
    assertThat(users.findValuesAsText("id")).containsExactly("lily");
    assertThat(lily().get("/engine-rest/user/lily/profile").statusCode()).isEqualTo(200);
    assertThat(lily().get("/engine-rest/user/steve/profile").statusCode()).isIn(403, 404);
    JsonNode groups = JSON.readTree(lily().get("/engine-rest/group?member=lily&maxResults=100").body());
    assertThat(groups.findValuesAsText("id")).containsExactly("sales");
    JsonNode identity = JSON.readTree(lily().get("/engine-rest/identity/groups?userId=lily").body());
    assertThat(identity.get("groups").findValuesAsText("id")).containsExactly("sales");
    JsonNode all = JSON.readTree(new Http(port).as("admin", "Test-Passw0rd-42").get("/engine-rest/user?maxResults=100").body());
    assertThat(all.findValuesAsText("id")).contains("lily", "steve", "carol");
  }

  // --- task input -------------------------------------------------------------------------------

  /** A customer without a grade: its first credit review waits for sales' profile, unassigned. */
  Task profileTask(String customerNo) {
    customers.create(NewCustomer.of(customerNo, "Figures Skipper Ltd"), "test");
    Task profile = tasks.createTaskQuery().processInstanceBusinessKey(customerNo).taskDefinitionKey("Task_EnterProfile")
        .singleResult();
    assertThat(profile).isNotNull();
    return profile;
  }

  static String profileForm(String extra) {
    String scores = CharacteristicItem.of(CharacteristicGroup.OWN).stream().map(item -> "\"" + item.name()
        + "\": {\"value\": 7}").collect(Collectors.joining(", "))
        + ", " + CharacteristicItem.of(CharacteristicGroup.PRIORITY).stream().map(item -> "\"" + item.name()
        + "\": {\"value\": 7}").collect(Collectors.joining(", "));
    return "{\"variables\": {" + scores + extra + "}}";
  }

  @Test
  void onlyTheAssigneeCompletesAndOnlyWithTheFormsFields() {
    Task profile = profileTask(TestNumbers.unique("CR"));
    String path = "/engine-rest/task/" + profile.getId();

    assertThat(lily().postJson(path + "/complete", profileForm("")).statusCode()).as("unclaimed").isEqualTo(403);
    assertThat(new Http(port).as("carol", "Ardesk-credit-1").postJson(path + "/claim", "{\"userId\": \"carol\"}")
        .statusCode()).as("credit claims a sales task").isIn(403, 404);
    assertThat(lily().postJson(path + "/claim", "{\"userId\": \"lily\"}").statusCode()).isEqualTo(204);
    // a second sales user may not complete lily's task
    Http otherSales = new Http(port).as("second-seller", "Other-Seller-2026!");
    ensureUser("second-seller", "sales");
    assertThat(otherSales.postJson(path + "/complete", profileForm("")).statusCode()).isEqualTo(403);

    HttpResponse<String> skip = lily().postJson(path + "/complete", profileForm(
        ", \"hasRecentFigures\": {\"value\": true}, \"currentAssets\": {\"value\": 99999999}"));
    assertThat(skip.statusCode()).as(skip.body()).isEqualTo(400);
    assertThat(skip.body()).contains("hasRecentFigures").contains("currentAssets");
    HttpResponse<String> renamed = lily().postJson(path + "/complete", profileForm(
        ", \"customerNo\": {\"value\": \"DEMO-1001\"}"));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(400);
    assertThat(renamed.body()).contains("customerNo is read-only");
    assertThat(lily().send("PUT", path + "/variables/hasRecentFigures", "{\"value\": true, \"type\": \"Boolean\"}")
        .statusCode()).isEqualTo(403);

    assertThat(lily().postJson(path + "/complete", profileForm("")).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(profile.getProcessInstanceId())
        .taskDefinitionKey("Task_EnterFigures").count()).as("finance's figures step").isEqualTo(1);
  }

  @Test
  void theFiguresStepIsSkippedOnlyWhenTheDatabaseHasRecentFigures() {
    String customerNo = TestNumbers.unique("CR");
    Task profile = profileTask(customerNo);
    // even a variable set behind the forms' back (an administrator in Cockpit) does not skip it
    runtime.setVariable(profile.getProcessInstanceId(), "hasRecentFigures", true);
    tasks.claim(profile.getId(), "lily");
    tasks.complete(profile.getId(), java.util.Map.of("APPEARANCE", 7));
    assertThat(tasks.createTaskQuery().processInstanceId(profile.getProcessInstanceId())
        .taskDefinitionKey("Task_EnterFigures").count()).isEqualTo(1);
  }

  void ensureUser(String id, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword("Other-Seller-2026!");
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }

  // --- stop supply stops goods --------------------------------------------------------------------

  static final LocalDate ORDER_DAY = LocalDate.of(2026, 3, 2);

  OrderView approvedOrder(String customerNo) {
    grants.grant(customerNo, new BigDecimal("100000"), "B", SettlementMethod.CREDIT, 30);
    OrderView order = intake.receive(new NewOrder(TestNumbers.unique("SO"), customerNo, ORDER_DAY,
        new BigDecimal("5000"), null, ORDER_DAY.plusDays(5)), "lily");
    assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(kit.task(order.orderNo(), "Task_ConfirmShipment")).isNotNull();
    return order;
  }

  String shipment(String invoiceNo) {
    return "{\"shipDate\": \"" + ORDER_DAY + "\", \"invoiceNo\": \"" + invoiceNo + "\", \"amount\": 5000}";
  }

  @Test
  void anApprovedOrderDoesNotShipWhileTheCustomerIsOnHoldAndShipsWhenReleased() {
    kit.today(ORDER_DAY);
    String customerNo = kit.customer("Held Goods Ltd", "ap@held.example", "en", "lily");
    OrderView order = approvedOrder(customerNo);

    customers.placeHold(customerNo, "FRAUD_SUSPECTED", "memo-13", "steve", "checking");

    assertThat(orders.view(order.orderNo()).status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(kit.task(order.orderNo(), "Task_ConfirmShipment")).as("the shipment task is withdrawn").isNull();
    HttpResponse<String> api = lily().postJson("/api/orders/" + order.orderNo() + "/shipment",
        shipment(TestNumbers.unique("INV")));
    assertThat(api.statusCode()).as(api.body()).isEqualTo(409);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(api.body()).contains("CREDIT_HOLD");
    assertThat(kit.instance("order-to-cash", order.orderNo())).isNotNull();

    customers.liftHold(customerNo, "FRAUD_SUSPECTED", "memo-13", "steve", "cleared");
    kit.runDueJobs("order-to-cash", order.orderNo());

    assertThat(orders.view(order.orderNo()).status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(orders.view(order.orderNo()).history()).extracting(OrderView.Event::kind)
        .contains(OrderEvent.Kind.SUPPLY_STOPPED, OrderEvent.Kind.SUPPLY_RESUMED);
    String invoiceNo = TestNumbers.unique("INV");
    HttpResponse<String> shipped = lily().postJson("/api/orders/" + order.orderNo() + "/shipment", shipment(invoiceNo));
    assertThat(shipped.statusCode()).as(shipped.body()).isLessThan(300);
    assertThat(orders.view(order.orderNo()).status()).isEqualTo(OrderStatus.INVOICED);
  }

  @Test
  void aCashOnlyCustomerGetsGoodsOnlyWhenPrepaid() {
    kit.today(ORDER_DAY);
    String customerNo = kit.customer("Cash Only Ltd", "ap@cash.example", "en", "lily");
    OrderView order = approvedOrder(customerNo);

    customers.changeStatus(customerNo, io.ardesk.ledger.customer.CustomerStatus.CASH_ONLY, "carol", "line cancelled");

    assertThat(orders.view(order.orderNo()).status()).isEqualTo(OrderStatus.ON_HOLD);
    HttpResponse<String> api = lily().postJson("/api/orders/" + order.orderNo() + "/shipment",
        shipment(TestNumbers.unique("INV")));
    assertThat(api.statusCode()).isEqualTo(409);
    assertThat(api.body()).contains("CASH_ONLY");

    kit.pay(customerNo, "5000.00");
    kit.runDueJobs("order-to-cash", order.orderNo());

    assertThat(orders.view(order.orderNo()).status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(kit.task(order.orderNo(), "Task_ConfirmShipment")).isNotNull();
  }

  @Test
  void theShipmentTaskIsRefusedWhileSupplyIsStopped() {
    kit.today(ORDER_DAY);
    String customerNo = kit.customer("Closed Goods Ltd", "ap@closed.example", "en", "lily");
    OrderView order = approvedOrder(customerNo);
    Task confirm = kit.task(order.orderNo(), "Task_ConfirmShipment");

    customers.changeStatus(customerNo, io.ardesk.ledger.customer.CustomerStatus.CLOSED, "carol", "ceased trading");

    assertThat(tasks.createTaskQuery().taskId(confirm.getId()).count()).isZero();
    assertThat(orders.view(order.orderNo()).status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(kit.instance("order-to-cash", order.orderNo())).isNotNull();
  }
}
