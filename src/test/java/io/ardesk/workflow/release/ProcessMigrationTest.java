package io.ardesk.workflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.complaints.ComplaintCategory;
import io.ardesk.complaints.ComplaintFixtures;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.complaints.ComplaintIntake;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A release reaches running instances: for each process, the previous version (the packaged model
 * with a lower version tag) is deployed, an instance is put into every wait state of it (user and
 * receive tasks, catch events, event-based gateways, asynchronous steps waiting as jobs), the current
 * model is deployed again, and the start-up migration moves every one of them to the new version, at
 * the same activity, in a batch; the report names the batch.
 */
@IntegrationTest
class ProcessMigrationTest {

  private static final Pattern VERSION_TAG = Pattern.compile("camunda:versionTag=\"(\\d+)\"");

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ProcessMigrations migrations;
  @Autowired JdbcTemplate jdbc;
  @Autowired ComplaintIntake complaintIntake;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;

  /** The instances of this test wait in states no other test expects (their due jobs included): gone after it. */
  @org.junit.jupiter.api.AfterEach
  void removeTheInstances() {
    runtime.createProcessInstanceQuery().list().stream().filter(i -> i.getBusinessKey() != null
        && i.getBusinessKey().startsWith("MIG-")).forEach(i -> runtime.deleteProcessInstance(i.getId(),
        "test over", true, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"collection-case", "collections-run", "complaint-handling", "credit-change-approval",
      "customer-credit-review", "order-to-cash", "payment-extension", "write-off-approval", "credit-note-approval", "statement-confirmation",
      "credit-review-scan"})
  void instancesInEveryWaitStateOfThePreviousVersionGoOnInTheNewVersion(String processKey) {
    Map<String, Object> variables = variables();
    ProcessResourcesDeployment.Group current = ProcessResourcesDeployment.read().stream()
        .filter(g -> g.name().equals("ardesk:" + processKey + ".bpmn")).findFirst().orElseThrow();
    String file = "processes/" + processKey + ".bpmn";
    String model = new String(current.resources().get(file), StandardCharsets.UTF_8);
    Matcher tag = VERSION_TAG.matcher(model);
    assertThat(tag.find()).as(processKey + " has a numeric versionTag").isTrue();
    String previousTag = (Integer.parseInt(tag.group(1)) - 1) + ".9";

    Map<String, byte[]> previous = new LinkedHashMap<>(current.resources());
    previous.put(file, tag.replaceFirst("camunda:versionTag=\"" + previousTag + "\"").getBytes(StandardCharsets.UTF_8));
    ProcessResourcesDeployment.deploy(repository,
        List.of(new ProcessResourcesDeployment.Group("test previous " + processKey, previous)));
    ProcessDefinition old = latest(processKey);
    assertThat(old.getVersionTag()).isEqualTo(previousTag);

    Map<String, String> instanceAt = new LinkedHashMap<>();
    for (String activity : waitStates(repository.getBpmnModelInstance(old.getId()))) {
      String instance = runtime.createProcessInstanceById(old.getId()).businessKey("MIG-" + activity)
          .setVariables(variables).startBeforeActivity(activity).execute(true, true).getId();
      assertThat(where(instance)).as(processKey + " waits in " + activity).contains(activity);
      instanceAt.put(instance, activity);
    }
    if (processKey.equals("collections-run")) {
      assertThat(instanceAt).as("a run waits only as the job of its next page").hasSize(1);
    } else {
      assertThat(instanceAt).isNotEmpty();
    }

    // the release: the current model again, a new version
    ProcessResourcesDeployment.deploy(repository,
        List.of(new ProcessResourcesDeployment.Group("test current " + processKey, current.resources())));
    ProcessDefinition target = latest(processKey);
    assertThat(target.getVersion()).isGreaterThan(old.getVersion());

    ProcessMigrations.Result result = migrations.migrateAll();
    // a node starting while the batch still runs leaves its instances to it: none is in two batches
    assertThat(migrations.migrateAll().handedToBatches()).isZero();
    runBatches(result.batchIds());

    for (var entry : instanceAt.entrySet()) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(entry.getKey()).singleResult()
          .getProcessDefinitionId()).as(entry.getValue()).isEqualTo(target.getId());
      assertThat(where(entry.getKey())).as(entry.getValue()).contains(entry.getValue());
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).count()).isZero();
    assertThat(jdbc.queryForObject("select instances from process_migration where source_definition_id = ?"
        + " and target_definition_id = ? and outcome = 'MIGRATING'", Integer.class, old.getId(), target.getId()))
        .isEqualTo(instanceAt.size());
    assertThat(migrations.report(1000)).anyMatch(e -> e.sourceDefinitionId().equals(old.getId())
        && e.batchId() != null && e.targetVersionTag().equals(tag.group(1)));
    assertThat(migrations.failedJobs()).noneMatch(j -> instanceAt.containsKey(j.processInstanceId()));
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @org.junit.jupiter.api.Test
  void theReportIsForProcessOwnersAndAdministrators() {
    assertThat(new io.ardesk.support.Http(port).get("/api/operations/migrations").statusCode()).isEqualTo(401);
    assertThat(new io.ardesk.support.Http(port).asDemo("carol").get("/api/operations/migrations").statusCode())
        .isEqualTo(403);
    var olivia = new io.ardesk.support.Http(port).asDemo("olivia").get("/api/operations/migrations");
    assertThat(olivia.statusCode()).isEqualTo(200);
    assertThat(olivia.body()).contains("\"entries\"", "\"failedJobs\"");
  }

  /** Every place an instance of this model can wait. */
  static List<String> waitStates(BpmnModelInstance model) {
    List<String> ids = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean afterEventGateway = node.getIncoming().stream().map(SequenceFlow::getSource)
          .anyMatch(EventBasedGateway.class::isInstance);
      boolean waits = node instanceof UserTask || node instanceof ReceiveTask || node instanceof EventBasedGateway
          || (node instanceof IntermediateCatchEvent && !afterEventGateway)
          || (node instanceof Activity && node.isCamundaAsyncBefore());
      if (waits) {
        ids.add(node.getId());
      }
    }
    return ids;
  }

  private Map<String, Object> variables() {
    String customerNo = new ComplaintFixtures(customers, invoices).customer("Migration Traders", "lily");
    String invoiceNo = new ComplaintFixtures(customers, invoices).invoice(customerNo, "1500.00", LocalDate.now().minusDays(10));
    String complaintNo = complaintIntake.open(NewComplaint.of(customerNo, ComplaintCategory.QUALITY,
        "Cartons crushed on arrival", List.of(invoiceNo), new BigDecimal("1500")), "lily").complaintNo();
    Date later = Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
    String allWork = ",PRINT_LETTER,CALL,VISIT,ACTION_PLAN,HAND_OVER_DECISION,JUDGMENT,ENFORCE,WRITE_OFF,SUPPORT_PROBLEM,"
        + "DECIDE_MEASURE,";
    Map<String, Object> variables = new HashMap<>();
    variables.put("customerNo", customerNo);
    variables.put("customerName", "Migration Traders");
    variables.put("complaintNo", complaintNo);
    variables.put("department", "quality");
    variables.put("salesperson", "lily");
    variables.put("ledgerAdministrator", "frank");
    variables.put("taskName", "a task");
    variables.put("grade", "B");
    variables.put("recommendedLimit", "100,000.00");
    variables.put("decidedLimitText", "100,000.00");
    variables.put("warnings", "none");
    variables.put("decision", "APPROVE");
    variables.put("openWork", allWork);
    variables.put("newWork", ",");
    variables.put("hasOverdue", true);
    variables.put("lookAgainDate", later);
    variables.put("nextReviewAt", later);
    variables.put("reminderAt", later);
    variables.put("dueAt", later);
    variables.put("pastDueAt", later);
    variables.put("outcomeCheckAt", later);
    variables.put("holdEscalationAt", later);
    variables.put("answerDueDate", later);
    variables.put("answerDuration", "P10D");
    variables.put("callDuration", "P10D");
    variables.put("month", "2026-11");
    variables.put("hasEmail", true);
    for (String flag : List.of("agreed", "satisfied", "creditNoteApproved", "joined", "supervisorNeeded",
        "supplyResumed", "invoicePaid", "receiptProblem", "customerDissatisfied", "chargesDue", "moreCustomers",
        "prepaid")) {
      variables.put(flag, false);
    }
    return variables;
  }

  private ProcessDefinition latest(String processKey) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
  }

  /** The activities an instance is in, waiting as a job included. */
  private List<String> where(String instanceId) {
    List<String> ids = new ArrayList<>();
    ActivityInstance tree = runtime.getActivityInstance(instanceId);
    if (tree == null) {
      return List.of("(ended)");
    }
    collect(tree, ids);
    return ids;
  }

  private static void collect(ActivityInstance instance, List<String> ids) {
    ids.add(instance.getActivityId());
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      ids.add(transition.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, ids);
    }
  }

  private void runBatches(List<String> batchIds) {
    io.ardesk.support.Batches.runToEnd(management, batchIds);
  }

}
