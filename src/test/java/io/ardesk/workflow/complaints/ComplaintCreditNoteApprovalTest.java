package io.ardesk.workflow.complaints;

import static io.ardesk.complaints.ComplaintFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.complaints.ComplaintCategory;
import io.ardesk.complaints.ComplaintFixtures;
import io.ardesk.complaints.ComplaintInputException;
import io.ardesk.complaints.ComplaintService;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.ApprovalRefusedException;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint's credit note is capped at the claim and at the open amount of the disputed
 * invoices; above {@code ardesk.complaints.credit-note-approval-above} (10,000.00) it is posted only
 * after a supervisor other than the proposer approves (Task_ApproveCreditNote between step 9 and the
 * posting); below it posts at once.
 */
@IntegrationTest
class ComplaintCreditNoteApprovalTest {
  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 0);

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintService complaints;
  @Autowired CustomerService customers;
  @Autowired InvoiceService invoices;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired CreditGrants grants;

  String customerNo;
  String invoice;

  @BeforeEach
  void customerWithAnInvoiceOf20000() {
    ClockUtil.setCurrentTime(date(RECEIVED));
    var fixtures = new ComplaintFixtures(customers, invoices);
    customerNo = fixtures.customer("Big Claim Ltd", "lily");
    invoice = fixtures.invoice(customerNo, "20000.00", LocalDate.of(2026, 2, 1));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void theCreditNoteIsCappedAtTheClaimAndAtTheOpenAmountOfTheDisputedInvoices() {
    String no = open("30000");
    throughStep7(no);

    assertThatThrownBy(() -> proposeCredit(no, 30000.01))
        .hasRootCauseInstanceOf(ComplaintInputException.class)
        .hasMessageContaining("creditAmount: must not exceed the claim of 30000.00 CNY");
    assertThatThrownBy(() -> proposeCredit(no, 25000))
        .hasRootCauseInstanceOf(ComplaintInputException.class)
        .hasMessageContaining("creditAmount: must not exceed the open amount of the disputed invoices, 20000.00 CNY");
    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step08_FindBestSolution");

    String small = open("1000");
    throughStep7(small);
    assertThatThrownBy(() -> proposeCredit(small, 1500))
        .hasRootCauseInstanceOf(ComplaintInputException.class)
        .hasMessageContaining("must not exceed the claim of 1000.00 CNY");
  }

  @Test
  void aCreditNoteBelowTheApprovalAmountIsPostedAtOnce() {
    String no = open("15000");
    throughStep7(no);
    proposeCredit(no, 10000);
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));

    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step10_ConfirmSatisfaction");
    assertThat(invoices.get(invoice).getOpenAmount()).isEqualByComparingTo("10000.00");
  }

  @Test
  void aCreditNoteAboveTheApprovalAmountWaitsForASupervisorWhoDidNotProposeIt() {
    String sam = grants.creditAndSupervisor();
    String no = open("15000");
    throughStep7(no);
    taskService.setAssignee(task(no).getId(), sam);
    identityService.setAuthentication(sam, List.of("sales", "supervisor"));
    proposeCredit(no, 12000);
    identityService.clearAuthentication();
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));

    Task approval = approvalTask(no);
    assertThat(approval.getName()).isEqualTo("Approve a credit note of 12,000.00 CNY against " + invoice
        + " for Big Claim Ltd (" + no + ", proposed by sam)");
    assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("supervisor");
    assertThat(taskService.getVariablesLocal(approval.getId())).containsEntry("openAmount", "20,000.00 CNY")
        .containsEntry("claim", "15,000.00 CNY");
    assertThat(invoices.get(invoice).getOpenAmount()).isEqualByComparingTo("20000.00");

    assertThatThrownBy(() -> decide(approval, sam, Map.of("decision", "APPROVE")))
        .hasRootCauseInstanceOf(ApprovalRefusedException.class).hasMessageContaining("sam asked for this change");
    assertThatThrownBy(() -> decide(approval, "lily", Map.of("decision", "APPROVE")))
        .hasRootCauseInstanceOf(ApprovalRefusedException.class)
        .hasMessageContaining("lily is not a member of the supervisor group");
    assertThatThrownBy(() -> decide(approval, "steve", Map.of("decision", "REFUSE")))
        .hasMessageContaining("decisionReason");
    assertThat(invoices.get(invoice).getOpenAmount()).isEqualByComparingTo("20000.00");

    decide(approval, "steve", Map.of("decision", "REFUSE", "decisionReason", "offer replacement goods first"));
    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step08_FindBestSolution");
    assertThat(invoices.get(invoice).getOpenAmount()).isEqualByComparingTo("20000.00");

    proposeCredit(no, 12000);
    submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));
    decide(approvalTask(no), "steve", Map.of("decision", "APPROVE"));
    assertThat(task(no).getTaskDefinitionKey()).isEqualTo("Step10_ConfirmSatisfaction");
    assertThat(invoices.get(invoice).getOpenAmount()).isEqualByComparingTo("8000.00");
    var complaint = complaints.get(no);
    assertThat(complaint.getCreditApprovedBy()).isEqualTo("steve");
    assertThat(complaint.getCreditProposedBy()).isEqualTo("lily");
    assertThat(complaint.getSteps()).extracting(s -> s.getStep().name())
        .contains("CREDIT_NOTE_REFUSED", "CREDIT_NOTE_APPROVED", "CREDIT_NOTE_POSTED");
  }

  /**
   * The approval amount counts the customer's credit notes of the rolling 30 days (base currency,
   * CNY) with the new one, decided at agreement. Five complaints of 10,000.00: the first is posted at once
   * (10,000.00 is not above 10,000.00); each of the other four waits for a supervisor (20,000.00 and more).
   */
  @Test
  void fiveComplaintsOf10000ForOneCustomerDoNotEachEscapeApproval() {
    var fixtures = new ComplaintFixtures(customers, invoices);
    for (int i = 1; i <= 5; i++) {
      String own = fixtures.invoice(customerNo, "10000.00", LocalDate.of(2026, 2, i));
      String no = intake.open(NewComplaint.of(customerNo, ComplaintCategory.QUALITY, "Faulty batch " + i,
          List.of(own), new BigDecimal("10000")), "lily").complaintNo();
      throughStep7(no);
      submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "CREDIT_NOTE", "solution", "Credit batch " + i,
          "creditAmount", 10000, "creditInvoiceNo", own));
      submit(no, "Step09_GetAgreement", Map.of("agreement", "yes"));
      if (i == 1) {
        assertThat(approvalTask(no)).isNull();
        assertThat(invoices.get(own).getOpenAmount()).isEqualByComparingTo("0.00");
        assertThat(complaints.get(no).getCreditCounted()).isEqualTo(
            "10000.00 CNY in 30 days to 2026-03-02 with this one (0.00 before it; limit 10000.00 CNY)");
      } else {
        assertThat(approvalTask(no)).as("complaint %d", i).isNotNull();
        assertThat(invoices.get(own).getOpenAmount()).isEqualByComparingTo("10000.00");
      }
      if (i == 2) {
        assertThat(complaints.get(no).getCreditCounted()).isEqualTo(
            "20000.00 CNY in 30 days to 2026-03-02 with this one (10000.00 before it; limit 10000.00 CNY)");
      }
    }
  }

  // --- helpers ------------------------------------------------------------------------------------

  String open(String claim) {
    return intake.open(NewComplaint.of(customerNo, ComplaintCategory.QUALITY, "Whole batch faulty",
        List.of(invoice), new BigDecimal(claim)), "lily").complaintNo();
  }

  void proposeCredit(String no, double amount) {
    submit(no, "Step08_FindBestSolution", Map.of("solutionKind", "CREDIT_NOTE", "solution", "Credit the batch",
        "creditAmount", amount, "creditInvoiceNo", invoice));
  }

  void throughStep7(String no) {
    submit(no, "Step01_WelcomeComplaint", Map.of("acknowledgedVia", "PHONE"));
    submit(no, "Step02_GoToCustomer", Map.of("contactMethod", "VISIT", "metWith", "Mr Li"));
    submit(no, "Step03_ShowSympathy", Map.of("sympathyNote", "Sorry"));
    submit(no, "Step04_HearReasons", Map.of("reasons", "Faulty"));
    submit(no, "Step05_FindKeyProblem", Map.of("keyProblem", "Batch"));
    submit(no, "Step06_FindCause", Map.of("cause", "Supplier"));
    submit(no, "Step07_ConsiderSuggestion", Map.of("customerSuggestion", "Credit"));
  }

  void submit(String no, String taskKey, Map<String, Object> values) {
    Task task = task(no);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    formService.submitTaskForm(task.getId(), values);
  }

  void decide(Task task, String user, Map<String, Object> values) {
    taskService.setAssignee(task.getId(), user); // claimed, as in Tasklist
    identityService.setAuthentication(user, List.of("supervisor"));
    try {
      formService.submitTaskForm(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  Task task(String no) {
    return taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKeyLike("Step%")
        .singleResult();
  }

  Task approvalTask(String no) {
    return taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("Task_ApproveCreditNote")
        .singleResult();
  }
}
