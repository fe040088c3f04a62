package io.ardesk.workflow.complaints;

import static io.ardesk.complaints.ComplaintFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.ardesk.complaints.Complaint;
import io.ardesk.complaints.ComplaintCategory;
import io.ardesk.complaints.ComplaintFixtures;
import io.ardesk.complaints.ComplaintInputException;
import io.ardesk.complaints.ComplaintReportService;
import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.complaints.ComplaintStatus;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.complaints.StepEntry;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.event.InvoiceDisputeResolved;
import io.ardesk.ledger.event.InvoiceDisputed;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.ledger.report.OverdueItem;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** {@code complaint-handling}: every path of the model, driven task by task through the forms' variables. */
@IntegrationTest
@RecordApplicationEvents
class ComplaintHandlingProcessTest {
  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 0);

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintService complaints;
  @Autowired ComplaintReportService reports;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired LedgerQueries ledgerQueries;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ApplicationEvents events;

  ComplaintFixtures fixtures;
  String customerNo;
  String invoiceA;
  String invoiceB;

  @BeforeEach
  void acmeWithTwoInvoicesAndLilyAsSalesperson() {
    ClockUtil.setCurrentTime(date(RECEIVED));
    fixtures = new ComplaintFixtures(customers, invoices);
    customerNo = fixtures.customer("Acme Trading Ltd", "lily");
    invoiceA = fixtures.invoice(customerNo, "1200.00", LocalDate.of(2026, 2, 1));
    invoiceB = fixtures.invoice(customerNo, "800.00", LocalDate.of(2026, 2, 3));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void straightPathRunsTheThirteenStepsInOrderAndClosesTheComplaint() {
    String no = open(invoiceA);

    Task welcome = task(no);
    assertThat(welcome.getTaskDefinitionKey()).isEqualTo("Step01_WelcomeComplaint");
    assertThat(welcome.getName())
        .isEqualTo("Step 1/13: Welcome the complaint — Acme Trading Ltd (" + no + ", quality)");
    assertThat(welcome.getAssignee()).isEqualTo("lily");
    assertThat(candidateGroups(welcome)).containsExactly("sales");
    assertThat(welcome.getDueDate()).isEqualTo(date(RECEIVED.plusHours(24)));
    assertThat(taskService.getVariableLocal(welcome.getId(), "claim")).isEqualTo("1,500.00 CNY");
    assertThat(taskService.getVariableLocal(welcome.getId(), "invoices")).isEqualTo(invoiceA);
    assertThat(taskService.getVariablesLocal(welcome.getId()))
        .containsEntry("customerName", "Acme Trading Ltd (" + customerNo + ")")
        .containsEntry("category", "quality").containsEntry("receivedAt", "2026-03-02 09:00")
        .containsEntry("firstResponseDue", "2026-03-03 09:00")
        .containsEntry("caseReport", "Complaint " + no + " of Acme Trading Ltd (" + customerNo + "), quality\n"
            + "Received 2026-03-02 09:00 by lily via API\n"
            + "First response: none — within the deadline 2026-03-03 09:00\n"
            + "Claim: 1,500.00 CNY\n"
            + "Invoices: " + invoiceA + " (disputed)\n"
            + "Complaint: Cartons crushed on arrival");

    at(RECEIVED.plusHours(1));
    submit(no, "Step01_WelcomeComplaint", Map.of("acknowledgedVia", "PHONE", "welcomeNote", "We are sorry"));
    Task visit = task(no);
    assertThat(visit.getName()).startsWith("Step 2/13: Go to the customer at once — Acme Trading Ltd");
    assertThat(visit.getDueDate()).isEqualTo(date(RECEIVED.plusHours(24)));
    at(RECEIVED.plusHours(5));
    submit(no, "Step02_GoToCustomer", Map.of("contactMethod", "VISIT", "metWith", "Mr Li, buyer"));
    assertThat(managementService.createJobQuery().processInstanceId(instance(no).getId()).timers().count()).isZero();

    Task sympathy = task(no);
    assertThat(sympathy.getDueDate()).isEqualTo(date(RECEIVED.plusHours(5 + 48)));
    submit(no, "Step03_ShowSympathy", Map.of("sympathyNote", "Apologised for the broken cartons"));
    assertThat(taskService.getVariableLocal(task(no).getId(), "claimAmount")).isEqualTo(1500.0);
    submit(no, "Step04_HearReasons", Map.of("reasons", "12 cartons arrived crushed", "claimAmount", 1234.565));
    submit(no, "Step05_FindKeyProblem", Map.of("keyProblem", "Packaging too weak for sea freight"));
    submit(no, "Step06_FindCause", Map.of("cause", "Supplier changed the carton grade"));
    submit(no, "Step07_ConsiderSuggestion", Map.of("customerSuggestion", "Replace the 12 cartons"));
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "REPLACE_GOODS",
        "solution", "Ship 12 new cartons by air at our cost"));
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));
    assertThat(invoices.get(invoiceA).isDisputed()).isTrue();
    at(RECEIVED.plusDays(3));
    submit(no, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes", "satisfactionNote", "Happy"));
    assertThat(invoices.get(invoiceA).isDisputed()).isFalse();

    Task review = task(no);
    assertThat(review.getName()).startsWith("Step 11/13: Report process and result to the supervisor — Acme");
    assertThat(review.getAssignee()).isNull();
    assertThat(candidateGroups(review)).containsExactly("supervisor");
    assertThat((String) taskService.getVariableLocal(review.getId(), "caseReport")).isEqualTo("Complaint " + no
        + " of Acme Trading Ltd (" + customerNo + "), quality\n"
        + "Received 2026-03-02 09:00 by lily via API\n"
        + "First response: 2026-03-02 14:00 after 5.0 h — within the deadline 2026-03-03 09:00\n"
        + "Claim: 1,234.57 CNY\n"
        + "Invoices: " + invoiceA + " (released: CUSTOMER_SATISFIED)\n"
        + "Complaint: Cartons crushed on arrival\n"
        + "Reasons: 12 cartons arrived crushed\n"
        + "Key problem: Packaging too weak for sea freight\n"
        + "Cause: Supplier changed the carton grade\n"
        + "Customer's suggestion: Replace the 12 cartons\n"
        + "Solution: REPLACE_GOODS: Ship 12 new cartons by air at our cost\n"
        + "Settled: 2026-03-05 09:00");
    taskService.claim(review.getId(), "steve"); // as in Tasklist: claim, then complete
    identityService.setAuthentication("steve", List.of("supervisor"));
    submit(no, "Step11_ReviewReport", Map.of("notifyQuality", true, "notifyLogistics", false,
        "notifyWarehouse", false, "notifyAfterSales", false, "notifyFinance", true,
        "lesson", "Check carton grade on every supplier change"));
    identityService.clearAuthentication();

    List<Task> departments = taskService.createTaskQuery().processInstanceBusinessKey(no)
        .taskDefinitionKey("Step12_NotifyDepartments").orderByTaskName().asc().list();
    assertThat(departments).extracting(Task::getName).containsExactly(
        "Step 12/13: Preventive action by finance — Acme Trading Ltd (" + no + ", quality)",
        "Step 12/13: Preventive action by quality — Acme Trading Ltd (" + no + ", quality)");
    assertThat(candidateGroups(departments.get(0))).containsExactly("finance");
    assertThat(candidateGroups(departments.get(1))).containsExactly("dept-quality");
    formService.submitTaskForm(departments.get(0).getId(), Map.of("preventiveAction", "No credit needed"));
    at(RECEIVED.plusDays(4));
    formService.submitTaskForm(departments.get(1).getId(),
        Map.of("preventiveAction", "Incoming inspection of cartons"));

    assertThat(instance(no)).isNull();
    assertThat(completedActivities(no)).filteredOn(id -> id.startsWith("Step") && !id.contains("#")).containsExactly(
        "Step01_WelcomeComplaint", "Step02_GoToCustomer", "Step03_ShowSympathy", "Step04_HearReasons",
        "Step05_FindKeyProblem", "Step06_FindCause", "Step07_ConsiderSuggestion", "Step08_FindBestSolution",
        "Step09_GetAgreement", "Step10_ConfirmSatisfaction", "Step11_ReviewReport", "Step12_NotifyDepartments",
        "Step12_NotifyDepartments", "Step13_ArchiveRecord");

    Complaint complaint = complaints.get(no);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint.getOutcome().name()).isEqualTo("REPLACE_GOODS");
    assertThat(complaint.getClaimAmount()).isEqualByComparingTo("1234.57").hasToString("1234.57");
    assertThat(complaint.getReasons()).isEqualTo("12 cartons arrived crushed");
    assertThat(complaint.getKeyProblem()).isEqualTo("Packaging too weak for sea freight");
    assertThat(complaint.getCause()).isEqualTo("Supplier changed the carton grade");
    assertThat(complaint.getCustomerSuggestion()).isEqualTo("Replace the 12 cartons");
    assertThat(complaint.getLesson()).isEqualTo("Check carton grade on every supplier change");
    assertThat(complaint.getReviewedBy()).isEqualTo("steve");
    assertThat(complaint.getFirstRespondedAt()).isEqualTo(RECEIVED.plusHours(5));
    assertThat(complaint.getFirstResponseMinutes()).isEqualTo(300);
    assertThat(complaint.isFirstResponseMissed()).isFalse();
    assertThat(complaint.getSettledAt()).isEqualTo(RECEIVED.plusDays(3));
    assertThat(complaint.getClosedAt()).isEqualTo(RECEIVED.plusDays(4));
    assertThat(complaint.getMinutesToClose()).isEqualTo(4 * 24 * 60);
    assertThat(complaint.getDepartments()).extracting(d -> d.getDepartment().key() + ": " + d.getPreventiveAction())
        .containsExactly("quality: Incoming inspection of cartons", "finance: No credit needed");
    assertThat(complaint.getSteps()).filteredOn(s -> s.getStepNo() != null).extracting(StepEntry::getStepNo)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 13);
    assertThat(complaint.getSteps()).filteredOn(s -> s.getStepNo() != null && s.getStepNo() <= 10)
        .extracting(StepEntry::getRecordedBy).containsOnly("lily");
    assertThat(step(complaint, 2)).extracting(StepEntry::getOutcome, StepEntry::getDetails)
        .containsExactly("IN_TIME", "Contact: VISIT\nMet: Mr Li, buyer");
    assertThat(step(complaint, 4).getDetails()).isEqualTo("12 cartons arrived crushed\nClaim: 1234.57 CNY");
    assertThat(step(complaint, 13).getDetails()).isEqualTo("Cause: Supplier changed the carton grade\n"
        + "Solution: Ship 12 new cartons by air at our cost\nLesson: Check carton grade on every supplier change");
    String instanceId = historicInstanceId(no);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list())
        .filteredOn(v -> instanceId.equals(v.getActivityInstanceId()))
        .extracting(v -> v.getName()).containsOnly("complaintNo", "customerNo", "agreed", "satisfied");
  }

  @Test
  void noAgreementGoesBackToStep8ForAnotherSolution() {
    String no = open(invoiceA);
    throughStep7(no);
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "REPAIR", "solution", "Repair on site"));
    submit(no, "Step09_GetAgreement", Map.of("agreement", "no", "agreementNote", "Wants new goods"));

    Task again = task(no);
    assertThat(again.getTaskDefinitionKey()).isEqualTo("Step08_FindBestSolution");
    assertThat(again.getAssignee()).isEqualTo("lily");
    assertThat(taskService.getVariable(again.getId(), "solutionKind")).isNull();
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "REPLACE_GOODS", "solution", "New goods"));
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));

    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step10_ConfirmSatisfaction");
    Complaint complaint = complaints.get(no);
    assertThat(complaint.getSolutionRound()).isEqualTo(2);
    assertThat(complaint.getSolution()).isEqualTo("New goods");
    assertThat(complaint.getSteps()).filteredOn(s -> s.getStepNo() != null && s.getStepNo() >= 8)
        .extracting(StepEntry::getStepNo, StepEntry::getOutcome)
        .containsExactly(tuple(8, "REPAIR"), tuple(9, "NOT_AGREED"), tuple(8, "REPLACE_GOODS"), tuple(9, "AGREED"));
  }

  @Test
  void notSatisfiedGoesBackToStep5AndKeepsTheInvoicesDisputed() {
    String no = open(invoiceA);
    throughStep7(no);
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "REPAIR", "solution", "Repair on site"));
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));
    submit(no, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "no", "satisfactionNote", "Still leaking"));

    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step05_FindKeyProblem");
    assertThat(invoices.get(invoiceA).isDisputed()).isTrue();
    assertThat(complaints.get(no).getStatus()).isEqualTo(ComplaintStatus.OPEN);

    submit(no, "Step05_FindKeyProblem", Map.of("keyProblem", "Seal material, not assembly"));
    submit(no, "Step06_FindCause", Map.of("cause", "Wrong seal batch"));
    submit(no, "Step07_ConsiderSuggestion", Map.of("customerSuggestion", "Replace the unit"));
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "REPLACE_GOODS", "solution", "New unit"));
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));
    submit(no, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes"));

    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step11_ReviewReport");
    assertThat(invoices.get(invoiceA).isDisputed()).isFalse();
    Complaint complaint = complaints.get(no);
    assertThat(complaint.getKeyProblem()).isEqualTo("Seal material, not assembly");
    assertThat(complaint.getOutcome().name()).isEqualTo("REPLACE_GOODS");
    assertThat(complaint.getSteps()).filteredOn(s -> s.getStepNo() != null).extracting(StepEntry::getStepNo)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 5, 6, 7, 8, 9, 10);
    assertThat(taskService.getVariableLocal(task(no).getId(), "caseReport").toString())
        .contains("Loops: 1 (customer disagreed or was not satisfied)");
  }

  @Test
  void namedInvoicesAreDisputedFromStep1AndReleasedWhenTheCustomerIsSatisfied() {
    String no = open(invoiceA, invoiceB);

    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step01_WelcomeComplaint");
    assertThat(invoices.get(invoiceA).isDisputed()).isTrue();
    assertThat(invoices.get(invoiceA).getDisputeReference()).isEqualTo(no);
    assertThat(invoices.get(invoiceB).isDisputed()).isTrue();
    assertThat(events.stream(InvoiceDisputed.class).filter(e -> no.equals(e.reference())))
        .extracting(InvoiceDisputed::invoiceNo).containsExactly(invoiceA, invoiceB);
    LocalDate monthLater = LocalDate.of(2026, 4, 2);
    assertThat(ledgerQueries.overdueItems(customerNo, monthLater)).as("what the collection case dunns").isEmpty();

    throughStep7(no);
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "CORRECT_DOCUMENTS", "solution", "Reissue"));
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));
    assertThat(invoices.get(invoiceB).isDisputed()).isTrue();
    assertThat(events.stream(InvoiceDisputeResolved.class)).isEmpty();

    submit(no, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes"));

    assertThat(invoices.get(invoiceA).isDisputed()).isFalse();
    assertThat(invoices.get(invoiceB).isDisputed()).isFalse();
    assertThat(events.stream(InvoiceDisputeResolved.class)).extracting(InvoiceDisputeResolved::invoiceNo)
        .containsExactly(invoiceA, invoiceB);
    assertThat(ledgerQueries.overdueItems(customerNo, monthLater)).extracting(OverdueItem::invoiceNo)
        .containsExactlyInAnyOrder(invoiceA, invoiceB);
    assertThat(complaints.get(no).getInvoices()).allSatisfy(i -> {
      assertThat(i.getReleaseReason()).isEqualTo("CUSTOMER_SATISFIED");
      assertThat(i.getDisputedAt()).isEqualTo(RECEIVED);
    });
  }

  @Test
  void aCreditNoteSolutionIsPostedOnceAgreedAndReleasesTheInvoiceItSettles() {
    String no = open(invoiceA, invoiceB);
    throughStep7(no);
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "CREDIT_NOTE", "solution", "Credit the damaged part",
        "creditAmount", 1200, "creditInvoiceNo", invoiceA));
    assertThat(invoices.get(invoiceA).getOpenAmount()).isEqualByComparingTo("1200.00");

    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));

    String creditNoteNo = "CN-" + no + "-1";
    assertThat(invoices.get(invoiceA).getOpenAmount()).isEqualByComparingTo("0.00");
    assertThat(invoices.get(invoiceA).isDisputed()).isFalse();
    assertThat(invoices.get(invoiceB).getOpenAmount()).isEqualByComparingTo("800.00");
    assertThat(invoices.get(invoiceB).isDisputed()).isTrue();
    Complaint complaint = complaints.get(no);
    assertThat(complaint.getCreditNotes()).singleElement().satisfies(note -> {
      assertThat(note.getCreditNoteNo()).isEqualTo(creditNoteNo);
      assertThat(note.getInvoiceNo()).isEqualTo(invoiceA);
      assertThat(note.getAmount()).isEqualByComparingTo("1200.00");
    });
    assertThat(complaint.getInvoices()).extracting(i -> i.getInvoiceNo() + " " + i.getReleaseReason())
        .containsExactly(invoiceA + " CREDIT_NOTE", invoiceB + " null");

    submit(no, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes"));
    assertThat(invoices.get(invoiceB).isDisputed()).isFalse();
    complaint = complaints.get(no);
    assertThat(complaint.getOutcome().name()).isEqualTo("CREDIT_NOTE");
    assertThat(complaint.getCreditNotes()).hasSize(1);
    assertThat(complaint.getInvoices()).extracting(i -> i.getInvoiceNo() + " " + i.getReleaseReason())
        .containsExactly(invoiceA + " CREDIT_NOTE", invoiceB + " CUSTOMER_SATISFIED");
  }

  @Test
  void aCreditNoteIsRefusedOnAnotherCustomersInvoiceAndTheTaskStaysOpen() {
    String other = fixtures.customer("Other Ltd", null);
    String foreign = fixtures.invoice(other, "50.00", LocalDate.of(2026, 2, 1));
    String no = open(invoiceA);
    throughStep7(no);

    assertThatThrownBy(() -> submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "CREDIT_NOTE",
        "solution", "Credit", "creditAmount", 10.5, "creditInvoiceNo", foreign)))
        .hasRootCauseInstanceOf(ComplaintInputException.class)
        .hasMessageContaining("creditInvoiceNo: invoice " + foreign + " belongs to another customer");
    assertThatThrownBy(() -> submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "CREDIT_NOTE",
        "solution", "Credit")))
        .hasRootCauseInstanceOf(ComplaintInputException.class)
        .hasMessageContaining("creditAmount: a credit-note solution needs an amount above zero");
    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step08_FindBestSolution");
  }

  @Test
  void aStepWithoutWhatItMustRecordIsNotCompleted() {
    String no = open();
    submit(no, "Step01_WelcomeComplaint", Map.of("acknowledgedVia", "PHONE"));

    assertThatThrownBy(() -> submit(no, "Step02_GoToCustomer", Map.of("contactMethod", "VISIT")))
        .hasRootCauseInstanceOf(ComplaintInputException.class).hasMessageContaining("metWith: is required");
    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step02_GoToCustomer");
    assertThat(complaints.get(no).getFirstRespondedAt()).isNull();
  }

  @Test
  void theTimerEscalatesAMissedFirstResponseToASupervisor() {
    String no = open(invoiceA);
    ProcessInstance instance = instance(no);
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(date(RECEIVED.plusHours(24)));

    at(RECEIVED.plusHours(24).plusMinutes(1));
    managementService.executeJob(timer.getId());

    Task escalation = taskService.createTaskQuery().processInstanceBusinessKey(no)
        .taskDefinitionKey("Task_EscalateFirstResponse").singleResult();
    assertThat(escalation.getName()).isEqualTo("First response overdue since 2026-03-03 09:00: act for the customer"
        + " — Acme Trading Ltd (" + no + ", quality)");
    assertThat(candidateGroups(escalation)).containsExactly("supervisor");
    assertThat(escalation.getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no)
        .taskDefinitionKey("Step01_WelcomeComplaint").singleResult().getAssignee()).isEqualTo("lily");
    Complaint complaint = complaints.get(no);
    assertThat(complaint.isFirstResponseMissed()).isTrue();
    assertThat(complaint.getEscalatedAt()).isEqualTo(RECEIVED.plusHours(24).plusMinutes(1));

    taskService.claim(escalation.getId(), "steve"); // as in Tasklist: claim, then complete
    identityService.setAuthentication("steve", List.of("supervisor"));
    formService.submitTaskForm(escalation.getId(), Map.of("escalationAction", "Called the customer myself"));
    identityService.clearAuthentication();
    at(RECEIVED.plusHours(30));
    submit(no, "Step01_WelcomeComplaint", Map.of("acknowledgedVia", "PHONE"));
    submit(no, "Step02_GoToCustomer", Map.of("contactMethod", "VISIT", "metWith", "Mr Li"));

    complaint = complaints.get(no);
    assertThat(complaint.getFirstResponseMinutes()).isEqualTo(30 * 60);
    assertThat(complaint.answeredInTime()).isFalse();
    assertThat(complaint.getSteps()).extracting(s -> s.getStep().name() + " " + s.getRecordedBy())
        .contains("FIRST_RESPONSE_MISSED system", "ESCALATION_HANDLED steve");
    assertThat(step(complaint, 2).getOutcome()).isEqualTo("LATE");
    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step03_ShowSympathy");
  }

  @Test
  void aComplaintWithoutSalespersonGoesToTheSalesGroup() {
    String unassigned = fixtures.customer("Nobody's Customer Ltd", null);
    String no = intake.open(NewComplaint.of(unassigned, ComplaintCategory.DELIVERY_TIME, "Two weeks late",
        List.of(), null), "frank").complaintNo();

    Task welcome = task(no);
    assertThat(welcome.getAssignee()).isNull();
    assertThat(candidateGroups(welcome)).containsExactly("sales");
    assertThat(welcome.getName()).endsWith("Nobody's Customer Ltd (" + no + ", delivery time)");
    assertThat(complaints.get(no).getClaimAmount()).isEqualByComparingTo("0.00");
  }

  @Test
  void theTasklistStartFormReceivesTheComplaintAndSetsTheBusinessKey() {
    identityService.setAuthentication("lily", List.of("sales"));
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
        .latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>();
    form.put("customerNo", customerNo);
    form.put("category", "SHIPPING_DOCUMENTS");
    form.put("description", "Packing list missing");
    form.put("invoiceNos", invoiceA + ", " + invoiceB);
    form.put("claimAmount", 300);
    ProcessInstance started = formService.submitStartForm(definition, form);
    identityService.clearAuthentication();

    String no = runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult()
        .getBusinessKey();
    assertThat(no).matches("C-2026-\\d{6}");
    Complaint complaint = complaints.get(no);
    assertThat(complaint.getSource()).isEqualTo(ComplaintSource.TASKLIST);
    assertThat(complaint.getReceivedBy()).isEqualTo("lily");
    assertThat(complaint.getClaimAmount()).isEqualByComparingTo("300.00");
    assertThat(complaint.getInvoices()).extracting(i -> i.getInvoiceNo()).containsExactly(invoiceA, invoiceB);
    assertThat(invoices.get(invoiceB).isDisputed()).isTrue();
    assertThat(runtimeService.getVariables(started.getId())).containsOnlyKeys("complaintNo", "customerNo");
  }

  @Test
  void theSameSourceReferenceOpensOneComplaintOnly() {
    NewComplaint fromOrder = NewComplaint.of(customerNo, ComplaintCategory.QUANTITY, "3 pieces short", List.of(),
        null).from(ComplaintSource.DELIVERY_INQUIRY, "ORDER-" + customerNo);
    var first = intake.open(fromOrder, "system");
    var again = intake.open(fromOrder, "system");

    assertThat(first.created()).isTrue();
    assertThat(again).isEqualTo(new ComplaintService.Received(first.complaintNo(), false));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first.complaintNo()).count())
        .isOne();
  }

  @Test
  void theReportCountsByCategoryAndOutcomeTheMissedResponsesAndTheTimeToClose() {
    LocalDateTime morning = ComplaintFixtures.aMorningOfItsOwn();
    at(morning);
    String answered = open(invoiceA);
    String missed = intake.open(NewComplaint.of(customerNo, ComplaintCategory.BILLING, "Billed twice", List.of(),
        null), "frank").complaintNo();
    at(morning.plusHours(2));
    throughStep7(answered);
    submit(answered, "Step08_FindBestSolution", Map.of("solutionKind", "REPLACE_GOODS", "solution", "New goods"));
    submit(answered, "Step09_GetAgreement", Map.of("agreement", "yes"));
    submit(answered, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes"));
    submit(answered, "Step11_ReviewReport", Map.of("notifyWarehouse", true, "lesson", "Stack lighter"));
    at(morning.plusHours(30));
    submit(answered, "Step12_NotifyDepartments", Map.of("preventiveAction", "New stacking rule"));
    assertThat(instance(answered)).isNull();

    at(morning.plusHours(24).plusMinutes(1));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance(missed).getId())
        .timers().singleResult().getId());
    at(morning.plusDays(2));
    String waiting = open();

    var figures = reports.figures(morning.toLocalDate(), morning.toLocalDate().plusDays(2));

    assertThat(figures.received()).isEqualTo(3);
    assertThat(figures.byCategory()).containsEntry("QUALITY", 2L).containsEntry("BILLING", 1L)
        .containsEntry("STOCK", 0L).hasSize(8);
    assertThat(figures.byOutcome()).containsOnly(entry("OPEN", 2L), entry("REPLACE_GOODS", 1L));
    assertThat(figures.answeredInTime()).isEqualTo(1);
    assertThat(figures.firstResponseMissed()).isEqualTo(1);
    assertThat(figures.awaitingFirstResponse()).isEqualTo(1);
    assertThat(figures.escalated()).isEqualTo(1);
    assertThat(figures.shareAnsweredInTime()).isEqualByComparingTo("50.00");
    assertThat(figures.closed()).isEqualTo(1);
    assertThat(figures.averageHoursToClose()).isEqualByComparingTo("30.00");
    assertThat(reports.figures(morning.toLocalDate(), morning.toLocalDate()).received()).isEqualTo(2);
    assertThat(complaints.get(waiting).getReceivedAt()).isEqualTo(morning.plusDays(2));
  }

  @Test
  void step12GivesEachChosenDepartmentItsOwnTaskForItsOwnGroup() {
    String no = open(invoiceA);
    throughStep7(no);
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "REPLACE_GOODS", "solution", "Replace"));
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));
    submit(no, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes"));
    taskService.claim(task(no).getId(), "steve");
    identityService.setAuthentication("steve", List.of("supervisor"));
    submit(no, "Step11_ReviewReport", Map.of("notifyQuality", true, "notifyLogistics", true,
        "notifyWarehouse", true, "notifyAfterSales", true, "notifyFinance", true, "lesson", "Tell everyone"));
    identityService.clearAuthentication();

    List<Task> departments = taskService.createTaskQuery().processInstanceBusinessKey(no)
        .taskDefinitionKey("Step12_NotifyDepartments").orderByTaskName().asc().list();
    assertThat(departments).extracting(t -> t.getName().replaceAll(" —.*", "") + " → " + candidateGroups(t))
        .containsExactly(
            "Step 12/13: Preventive action by after-sales → [dept-after-sales]",
            "Step 12/13: Preventive action by finance → [finance]",
            "Step 12/13: Preventive action by logistics → [dept-logistics]",
            "Step 12/13: Preventive action by quality → [dept-quality]",
            "Step 12/13: Preventive action by warehouse → [dept-warehouse]");
    assertThat(identityService.createGroupQuery().groupIdIn("dept-quality", "dept-logistics", "dept-warehouse",
        "dept-after-sales").count()).as("seeded department groups").isEqualTo(4);
    for (Task department : departments) {
      formService.submitTaskForm(department.getId(), Map.of("preventiveAction", "Done"));
    }
    assertThat(instance(no)).isNull();
  }

  @Test
  void releasingOneComplaintKeepsTheDisputeAnotherOpenComplaintHoldsOnTheSameInvoice() {
    String first = open(invoiceA);
    String second = open(invoiceA);
    assertThat(invoices.get(invoiceA).isDisputed()).isTrue();

    throughStep7(first);
    submit(first, "Step08_FindBestSolution", Map.of("solutionKind", "CORRECT_DOCUMENTS", "solution", "Reissue"));
    submit(first, "Step09_GetAgreement", Map.of("agreement", "yes"));
    submit(first, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes"));

    assertThat(complaints.get(first).getInvoices()).allSatisfy(i -> assertThat(i.isDisputed()).isFalse());
    assertThat(invoices.get(invoiceA).isDisputed()).as("the second complaint still disputes it").isTrue();
    assertThat(ledgerQueries.overdueItems(customerNo, LocalDate.of(2026, 4, 2))).extracting(OverdueItem::invoiceNo)
        .containsExactly(invoiceB);

    throughStep7(second);
    submit(second, "Step08_FindBestSolution", Map.of("solutionKind", "CORRECT_DOCUMENTS", "solution", "Reissue"));
    submit(second, "Step09_GetAgreement", Map.of("agreement", "yes"));
    submit(second, "Step10_ConfirmSatisfaction", Map.of("satisfaction", "yes"));
    assertThat(invoices.get(invoiceA).isDisputed()).isFalse();
    assertThat(ledgerQueries.overdueItems(customerNo, LocalDate.of(2026, 4, 2))).extracting(OverdueItem::invoiceNo)
        .containsExactlyInAnyOrder(invoiceA, invoiceB);
  }

  // --- helpers ------------------------------------------------------------------------------------

  String open(String... invoiceNos) {
    return intake.open(NewComplaint.of(customerNo, ComplaintCategory.QUALITY, "Cartons crushed on arrival",
        List.of(invoiceNos), new BigDecimal("1500")), "lily").complaintNo();
  }

  void throughStep7(String no) {
    submit(no, "Step01_WelcomeComplaint", Map.of("acknowledgedVia", "PHONE"));
    submit(no, "Step02_GoToCustomer", Map.of("contactMethod", "VISIT", "metWith", "Mr Li"));
    submit(no, "Step03_ShowSympathy", Map.of("sympathyNote", "Sorry"));
    submit(no, "Step04_HearReasons", Map.of("reasons", "Damaged"));
    submit(no, "Step05_FindKeyProblem", Map.of("keyProblem", "Packaging"));
    submit(no, "Step06_FindCause", Map.of("cause", "Carton grade"));
    submit(no, "Step07_ConsiderSuggestion", Map.of("customerSuggestion", "Replace"));
  }

  /** Submits the open task's form as Tasklist does: only the fields the form has. */
  void submit(String no, String taskKey, Map<String, Object> values) {
    Task task = task(no);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    formService.submitTaskForm(task.getId(), values);
  }

  Task task(String no) {
    return taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKeyLike("Step%")
        .singleResult();
  }

  ProcessInstance instance(String no) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult();
  }

  String historicInstanceId(String no) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
  }

  List<String> completedActivities(String no) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(historicInstanceId(no))
        .finished().orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()
        .stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
        .map(IdentityLink::getGroupId).toList();
  }

  static StepEntry step(Complaint complaint, int number) {
    return complaint.getSteps().stream().filter(s -> Integer.valueOf(number).equals(s.getStepNo())).findFirst()
        .orElseThrow();
  }

  static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(date(time));
  }

  static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
