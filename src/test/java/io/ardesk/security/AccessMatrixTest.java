package io.ardesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.config.IdentitySeeding;
import io.ardesk.config.RoleGroup;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what (README, "Controls"): every role group against every write of the API and every
 * engine-REST start, message and task operation. "Allowed" means the request gets past the door
 * (any answer but 401 or 403: the dummy bodies name nothing that exists, so most allowed calls
 * answer 404 or 422); "denied" means 403.
 */
@IntegrationTest
class AccessMatrixTest {

  static final Map<RoleGroup, String> USER = Map.of(RoleGroup.SALES, "lily", RoleGroup.FINANCE, "frank",
      RoleGroup.CREDIT, "carol", RoleGroup.SUPERVISOR, "steve", RoleGroup.PROCESS_OWNER, "olivia");

  static final Set<RoleGroup> ALL = Set.of(RoleGroup.values());
  static final Set<RoleGroup> SALES_CREDIT = Set.of(RoleGroup.SALES, RoleGroup.CREDIT);
  static final Set<RoleGroup> FINANCE = Set.of(RoleGroup.FINANCE);

  /** Every POST and PATCH under /api, with the groups the controllers allow. */
  record Write(String method, String path, String contentType, String body, Set<RoleGroup> allowed) {}

  static final List<Write> API_WRITES = List.of(
      new Write("POST", "/api/customers", "application/json", "{}", SALES_CREDIT),
      new Write("PATCH", "/api/customers/NO-SUCH-CUSTOMER", "application/json", "{}", SALES_CREDIT),
      new Write("POST", "/api/customers/NO-SUCH-CUSTOMER/holds", "application/json", "{}", Set.of(RoleGroup.CREDIT)),
      // a hold is lifted by its cause or by a supervisor with a reason (credit: 403 with the reason)
      new Write("POST", "/api/customers/NO-SUCH-CUSTOMER/holds/lift", "application/json", "{}",
          Set.of(RoleGroup.SUPERVISOR)),
      new Write("POST", "/api/invoices", "application/json", "{}", FINANCE),
      new Write("POST", "/api/charges", "application/json", "{}", FINANCE),
      new Write("POST", "/api/payments", "application/json", "{}", FINANCE),
      new Write("POST", "/api/credit-notes", "application/json", "{}", FINANCE),
      new Write("POST", "/api/payments/NO-SUCH-PAYMENT/reversal", "application/json", "{}", FINANCE),
      new Write("POST", "/api/invoices/NO-SUCH-INVOICE/write-off", "application/json", "{}", FINANCE),
      new Write("POST", "/api/imports/customers", "text/csv", "", SALES_CREDIT),
      new Write("POST", "/api/imports/invoices", "text/csv", "", FINANCE),
      new Write("POST", "/api/imports/payments", "text/csv", "", FINANCE),
      new Write("POST", "/api/customers/NO-SUCH-CUSTOMER/credit-assessments", "application/json", "{}",
          Set.of(RoleGroup.CREDIT, RoleGroup.FINANCE)),
      new Write("POST", "/api/customers/NO-SUCH-CUSTOMER/risk-signals", "application/json", "{}", ALL),
      new Write("POST", "/api/customers/NO-SUCH-CUSTOMER/credit-reviews", "application/json", "{}",
          Set.of(RoleGroup.SALES, RoleGroup.FINANCE, RoleGroup.CREDIT, RoleGroup.SUPERVISOR)),
      new Write("POST", "/api/complaints", "application/json", "{}", ALL),
      new Write("POST", "/api/collections/runs", "application/json", "{\"date\": \"1990-01-01\"}",
          Set.of(RoleGroup.CREDIT)),
      new Write("POST", "/api/collections/cases/NO-SUCH-CUSTOMER/promises", "application/json", "{}",
          Set.of(RoleGroup.CREDIT, RoleGroup.SALES)),
      new Write("POST", "/api/extension-requests", "application/json", "{}",
          Set.of(RoleGroup.CREDIT, RoleGroup.SALES, RoleGroup.FINANCE)),
      new Write("POST", "/api/imports/exchange-rates", "text/csv", "currency\n",
          Set.of(RoleGroup.FINANCE, RoleGroup.CREDIT)),
      new Write("POST", "/api/orders", "application/json", "{}", Set.of(RoleGroup.SALES)),
      new Write("POST", "/api/orders/NO-SUCH-ORDER/shipment", "application/json", "{}", Set.of(RoleGroup.SALES)),
      new Write("POST", "/api/orders/NO-SUCH-ORDER/cancellation", "application/json", "{}",
          Set.of(RoleGroup.SALES, RoleGroup.CREDIT)));

  /** Who starts which process through engine REST (or Tasklist, which uses it). */
  static final Map<String, Set<RoleGroup>> STARTS = Map.of(
      "order-to-cash", Set.of(RoleGroup.SALES),
      "payment-extension", Set.of(RoleGroup.CREDIT, RoleGroup.SALES, RoleGroup.FINANCE),
      "complaint-handling", ALL,
      "customer-credit-review", SALES_CREDIT,
      "collection-case", Set.of(),
      "collections-run", Set.of(),
      "statement-confirmation", Set.of());

  static final List<String> MESSAGES = List.of("CollectionsRunRequested", "CustomerImported", "PaymentReceived",
      "CreditSituationChanged", "ShipmentConfirmed", "CaseReviewRequested", "SupplyStopped", "DueDateMoved");

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  static Stream<Arguments> apiWrites() {
    List<Arguments> cases = new ArrayList<>();
    for (Write write : API_WRITES) {
      for (RoleGroup group : RoleGroup.values()) {
        cases.add(Arguments.of(group, write.method() + " " + write.path(), write, write.allowed().contains(group)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} allowed={3}")
  @MethodSource("apiWrites")
  void apiWrite(RoleGroup group, String name, Write write, boolean allowed) {
    Http http = as(group);
    HttpResponse<String> response = write.method().equals("PATCH")
        ? http.patchJson(write.path(), write.body())
        : http.post(write.path(), write.contentType(), write.body());
    expect(response, allowed);
  }

  static Stream<Arguments> starts() {
    List<Arguments> cases = new ArrayList<>();
    STARTS.forEach((key, allowed) -> {
      for (RoleGroup group : RoleGroup.values()) {
        cases.add(Arguments.of(group, key, allowed.contains(group)));
      }
    });
    return cases.stream();
  }

  /** Seeded as README says; a start with no variables fails in the process, after the door (4xx/5xx). */
  @ParameterizedTest(name = "{0} starts {1} allowed={2}")
  @MethodSource("starts")
  void engineRestStart(RoleGroup group, String processKey, boolean allowed) {
    assertThat(IdentitySeeding.START_RIGHTS.getOrDefault(processKey, List.of()).contains(group)).isEqualTo(allowed);
    expect(as(group).postJson("/engine-rest/process-definition/key/" + processKey + "/start", "{}"), allowed);
    expect(as(group).postJson("/engine-rest/process-definition/key/" + processKey + "/submit-form", "{}"), allowed);
  }

  static Stream<Arguments> messages() {
    List<Arguments> cases = new ArrayList<>();
    for (String message : MESSAGES) {
      for (RoleGroup group : RoleGroup.values()) {
        cases.add(Arguments.of(group, message));
      }
    }
    return cases.stream();
  }

  /** Messages are AR Desk's own: no group fires one, whether it starts a process or not. */
  @ParameterizedTest(name = "{0} fires {1}: denied")
  @MethodSource("messages")
  void engineRestMessage(RoleGroup group, String message) {
    expect(as(group).postJson("/engine-rest/message", "{\"messageName\": \"" + message + "\", \"all\": true}"), false);
    expect(as(group).postJson("/engine-rest/signal", "{\"name\": \"" + message + "\"}"), false);
  }

  // --- task operations, on a task of the group's own -------------------------------------------

  static final String TASK_PROCESS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Matrix" targetNamespace="http://ardesk.io">
        <bpmn:process id="access-matrix-task" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="Start" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Answer" />
          <bpmn:userTask id="Task_Answer" name="Answer" camunda:candidateGroups="${group}"
              camunda:formRef="access-matrix-form" camunda:formRefBinding="deployment" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Answer" targetRef="End" />
          <bpmn:endEvent id="End" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  static final String TASK_FORM = """
      {"id": "access-matrix-form", "type": "default", "schemaVersion": 16, "components": [
        {"id": "f1", "key": "fact", "type": "textfield", "label": "Fact", "readonly": true},
        {"id": "f2", "key": "answer", "type": "textfield", "label": "Answer"}]}
      """;

  @BeforeEach
  void deployTaskProcess() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("access-matrix-task").count() == 0) {
      repository.createDeployment().name("access-matrix").addString("access-matrix-task.bpmn", TASK_PROCESS)
          .addString("access-matrix.form", TASK_FORM).deploy();
    }
  }

  Task taskFor(RoleGroup group) {
    String instance = runtime.startProcessInstanceByKey("access-matrix-task",
        Map.of("group", group.groupId(), "fact", "the customer's limit is 500,000.00")).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  static Stream<RoleGroup> taskGroups() {
    return Stream.of(RoleGroup.values()).filter(RoleGroup::worksTasks);
  }

  @ParameterizedTest(name = "{0} works a task of its group only as the form and the claim allow")
  @MethodSource("taskGroups")
  void engineRestTaskOperations(RoleGroup group) {
    Http http = as(group);
    String id = taskFor(group).getId();
    String path = "/engine-rest/task/" + id;
    String answer = "{\"variables\": {\"answer\": {\"value\": \"done\"}}}";

    // unclaimed: no completion, no variables outside completion
    expect(http.postJson(path + "/complete", answer), false);
    expect(http.postJson(path + "/submit-form", answer), false);
    expect(http.postJson(path + "/variables", "{\"modifications\": {\"answer\": {\"value\": \"x\"}}}"), false);
    expect(put(http, path + "/variables/answer", "{\"value\": \"x\"}"), false);
    expect(put(http, path + "/localVariables/answer", "{\"value\": \"x\"}"), false);
    expect(http.postJson(path + "/bpmnError", "{\"errorCode\": \"skip\"}"), false);
    expect(http.postJson(path + "/assignee", "{\"userId\": \"" + USER.get(group) + "\"}"), false);

    assertThat(http.postJson(path + "/claim", "{\"userId\": \"" + USER.get(group) + "\"}").statusCode()).isEqualTo(204);
    // claimed: still no variables outside completion; completion with the form's fields only
    expect(http.postJson(path + "/variables", "{\"modifications\": {\"answer\": {\"value\": \"x\"}}}"), false);
    HttpResponse<String> extra = http.postJson(path + "/complete",
        "{\"variables\": {\"answer\": {\"value\": \"done\"}, \"approved\": {\"value\": true}}}");
    assertThat(extra.statusCode()).isEqualTo(400);
    assertThat(extra.body()).contains("approved").doesNotContain("answer,");
    HttpResponse<String> readOnly = http.postJson(path + "/submit-form",
        "{\"variables\": {\"answer\": {\"value\": \"done\"}, \"fact\": {\"value\": \"limit 9,999,999.00\"}}}");
    assertThat(readOnly.statusCode()).isEqualTo(400);
    assertThat(readOnly.body()).contains("fact is read-only");
    // Tasklist sends read-only fields back as shown: accepted
    assertThat(http.postJson(path + "/submit-form", "{\"variables\": {\"answer\": {\"value\": \"done\"},"
        + " \"fact\": {\"value\": \"the customer's limit is 500,000.00\"}}}").statusCode()).isEqualTo(204);
  }

  @ParameterizedTest(name = "{0} may not claim or complete another group's task")
  @MethodSource("taskGroups")
  void anotherGroupsTask(RoleGroup group) {
    RoleGroup other = group == RoleGroup.CREDIT ? RoleGroup.FINANCE : RoleGroup.CREDIT;
    String path = "/engine-rest/task/" + taskFor(other).getId();
    Http http = as(group);
    int claim = http.postJson(path + "/claim", "{\"userId\": \"" + USER.get(group) + "\"}").statusCode();
    assertThat(claim).as("claim").isIn(403, 404);
    int complete = http.postJson(path + "/complete", "{}").statusCode();
    assertThat(complete).as("complete").isIn(403, 404);
  }

  Http as(RoleGroup group) {
    return new Http(port).asDemo(USER.get(group));
  }

  HttpResponse<String> put(Http http, String path, String json) {
    return http.send("PUT", path, json);
  }

  static void expect(HttpResponse<String> response, boolean allowed) {
    if (allowed) {
      assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
    } else {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    }
  }
}
