package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseChanges;
import io.ardesk.collections.CaseMeasures;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.CollectionMeasure;
import io.ardesk.collections.NotPermittedException;
import io.ardesk.collections.ProblemKind;
import io.ardesk.collections.ProblemReceivable;
import io.ardesk.collections.ProblemReceivables;
import io.ardesk.collections.Stage;
import io.ardesk.complaints.ComplaintSource;
import io.ardesk.ledger.document.Invoice;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.letters.OutgoingLetter;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case rules: problem receivables (§7) with their supervisor-support task, auxiliary
 * measures (§8, §9: penalty interest to the day, contract rate over customer rate, charged once,
 * cash discount in the next letter) and a disputed call opening a complaint.
 */
@IntegrationTest
class CaseRulesTest {
  static final String CASE = "collection-case";
  static final LocalDate DUE = LocalDate.of(2026, 1, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired ProblemReceivables problems;
  @Autowired CaseMeasures measures;
  @Autowired CaseChanges changes;
  @Autowired InvoiceService invoices;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    kit.resetClock();
  }

  /** A customer with 10,000.00 (and {@code second} more) due 2026-01-31, its case started {@code days} past due. */
  String caseDaysPastDue(int days, String contractNo, String second) {
    String customerNo = kit.customer("Acme Trading Ltd", "ap@acme.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    invoices.postInvoice(new NewInvoice(customerNo + "-INV1", customerNo, DUE.minusDays(30), new BigDecimal("10000.00"),
        DUE, "CNY", contractNo), "test");
    if (second != null) {
      kit.invoice(customerNo, customerNo + "-INV2", DUE.minusDays(30), DUE, second);
    }
    kit.today(DUE.plusDays(days));
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs(CASE, customerNo);
    return customerNo;
  }

  void lookAgain(String customerNo) {
    new org.springframework.transaction.support.TransactionTemplate(transactions)
        .executeWithoutResult(status -> changes.request(customerNo, "TEST", false));
    kit.runDueJobs(CASE, customerNo);
  }

  List<String> activeKinds(String customerNo) {
    return problems.active(customerNo).stream().map(f -> f.getKind().name()).toList();
  }

  List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  void assertWithdrawn(String customerNo, String work) {
    assertThat(kit.task(customerNo, "Task_SupportProblemReceivable")).isNull();
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.WORK_WITHDRAWN)
        .extracting(CaseView.Action::outcome).contains(work);
  }

  // ---- problem receivables ----

  @Test
  void aDisputedItemFlagsTheCustomerAndGivesTheSupervisorASupportTaskWithdrawnWhenTheDisputeEnds() {
    String customerNo = caseDaysPastDue(5, null, "2500.00");
    assertThat(kit.task(customerNo, "Task_SupportProblemReceivable")).isNull();

    invoices.markDisputed(customerNo + "-INV2", "C-TEST-1");
    kit.runDueJobs(CASE, customerNo);

    assertThat(activeKinds(customerNo)).containsExactly("DISPUTE");
    assertThat(problems.active(customerNo).get(0).getAmount()).isEqualByComparingTo("2500.00");
    Task support = kit.task(customerNo, "Task_SupportProblemReceivable");
    assertThat(support.getName()).isEqualTo("Support the collection of a problem receivable: Acme Trading Ltd"
        + " (DISPUTE 2,500.00 CNY (open disputed items), 10,000.00 CNY overdue)");
    assertThat(groups(support)).containsExactly("supervisor");
    assertThat(taskService.getVariable(support.getId(), "problemKinds")).isEqualTo("DISPUTE 2,500.00 CNY (open disputed items)");

    invoices.clearDispute(customerNo + "-INV2", "C-TEST-1");
    kit.runDueJobs(CASE, customerNo);

    assertThat(activeKinds(customerNo)).isEmpty();
    assertWithdrawn(customerNo, "SUPPORT_PROBLEM");
    assertThat(problems.history(customerNo)).extracting(ProblemReceivable::getKind, ProblemReceivable::getClearedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.DISPUTE, "system"));
  }

  @Test
  void noShipmentForThreeMonthsWithABalanceIsFlaggedUntilTheCustomerIsInvoicedAgain() {
    String customerNo = caseDaysPastDue(59, null, null); // issued 2026-01-01, today 2026-03-31: not yet three months
    assertThat(activeKinds(customerNo)).isEmpty();

    kit.today(LocalDate.of(2026, 4, 1));
    lookAgain(customerNo);
    assertThat(activeKinds(customerNo)).containsExactly("NO_SHIPMENT");
    assertThat(kit.task(customerNo, "Task_SupportProblemReceivable")).isNotNull();

    kit.invoice(customerNo, customerNo + "-NEW", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), "300.00");
    lookAgain(customerNo);
    assertThat(activeKinds(customerNo)).isEmpty();
    assertWithdrawn(customerNo, "SUPPORT_PROBLEM");
  }

  @Test
  void anItemUnderAContractUnpaidMoreThan30DaysAfterItsDueDateBreaksTheContractsTerms() {
    String customerNo = caseDaysPastDue(30, "K-" + System.nanoTime(), null);
    assertThat(activeKinds(customerNo)).isEmpty();

    kit.today(DUE.plusDays(31));
    lookAgain(customerNo);
    assertThat(activeKinds(customerNo)).containsExactly("TERMS_BROKEN");
    Task support = kit.task(customerNo, "Task_SupportProblemReceivable");
    kit.complete(CASE, customerNo, "Task_SupportProblemReceivable", "steve",
        Map.of("supportNote", "Called their managing director; legal letter next week"));
    assertThat(kit.task(customerNo, "Task_SupportProblemReceivable")).as("supported; not asked again").isNull();
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.PROBLEM_SUPPORT)
        .extracting(CaseView.Action::outcome, CaseView.Action::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TERMS_BROKEN", "steve"));
    assertThat(support).isNotNull();

    kit.pay(customerNo, "10000.00", customerNo + "-INV1");
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.instance(CASE, customerNo)).isNull();
    assertThat(activeKinds(customerNo)).isEmpty();
  }

  @Test
  void fraudIsFlaggedByCreditOnlyWithAReasonAndClearedByCredit() {
    String customerNo = caseDaysPastDue(5, null, null);
    Http http = new Http(port);

    HttpResponse<String> bySales = http.asDemo("lily").postJson("/api/customers/" + customerNo + "/fraud-flag",
        "{\"reason\":\"goods diverted\"}");
    assertThat(bySales.statusCode()).isEqualTo(403);
    assertThatThrownBy(() -> problems.flagFraud(customerNo, "goods diverted", "lily"))
        .isInstanceOf(NotPermittedException.class).hasMessageContaining("lily is not a member of the credit department");
    assertThat(http.asDemo("carol").postJson("/api/customers/" + customerNo + "/fraud-flag", "{\"reason\":\" \"}")
        .statusCode()).isEqualTo(422);

    HttpResponse<String> flagged = http.asDemo("carol").postJson("/api/customers/" + customerNo + "/fraud-flag",
        "{\"reason\":\"Goods diverted to a related company\"}");
    assertThat(flagged.statusCode()).isEqualTo(201);
    assertThat(flagged.body()).contains("\"kind\":\"FRAUD\"", "\"flaggedBy\":\"carol\"",
        "\"reason\":\"Goods diverted to a related company\"", "\"amount\":10000.00");
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.task(customerNo, "Task_SupportProblemReceivable")).isNotNull();

    HttpResponse<String> report = http.asDemo("steve").get("/api/reports/problem-receivables");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("\"customerNo\":\"" + customerNo + "\"", "\"kind\":\"FRAUD\"",
        "\"daysFlagged\":0", "\"oldestDueDate\":\"2026-01-31\"", "\"oldestDaysPastDue\":5");
    assertThat(http.asDemo("lily").get("/api/reports/problem-receivables").statusCode()).isEqualTo(403);
    ProblemReceivables.Report figures = problems.report();
    assertThat(figures.flags()).filteredOn(l -> l.customerNo().equals(customerNo))
        .extracting(ProblemReceivables.ReportLine::kind, l -> l.amount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.FRAUD, "10000.00"));

    assertThat(http.asDemo("lily").postJson("/api/customers/" + customerNo + "/fraud-flag/clearance",
        "{\"reason\":\"checked\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> cleared = http.asDemo("carol").postJson(
        "/api/customers/" + customerNo + "/fraud-flag/clearance", "{\"reason\":\"The police found no fraud\"}");
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(cleared.body()).contains("\"clearedBy\":\"carol\"", "\"clearReason\":\"The police found no fraud\"");
    kit.runDueJobs(CASE, customerNo);
    assertThat(activeKinds(customerNo)).isEmpty();
    assertWithdrawn(customerNo, "SUPPORT_PROBLEM");
  }

  // ---- auxiliary measures ----

  CollectionMeasure decide(String customerNo, Map<String, Object> form) {
    measures.request(customerNo, "Customer keeps delaying", "carol");
    kit.runDueJobs(CASE, customerNo);
    Task decision = kit.task(customerNo, "Task_DecideMeasure");
    assertThat(decision).isNotNull();
    assertThat(groups(decision)).containsExactly("supervisor");
    kit.complete(CASE, customerNo, "Task_DecideMeasure", "steve", form);
    return measures.latestDecided(customerNo).orElseThrow();
  }

  @Test
  void penaltyInterestIsChargedToTheDayOnceEvenWhenThePostingRunsAgain() {
    String customerNo = caseDaysPastDue(30, null, null);
    assertThat(measures.penaltyInterestToday(customerNo)).isEqualByComparingTo("150.00");

    CollectionMeasure measure = decide(customerNo, Map.of("measureDecision", "PENALTY_INTEREST",
        "measureReason", "Third delay this year"));

    assertThat(measure.getAmount()).isEqualByComparingTo("150.00");
    assertThat(measure.getChargeNo()).isEqualTo("PI-" + measure.getCaseId() + "-" + measure.getId());
    Invoice charge = invoices.get(measure.getChargeNo());
    assertThat(charge.getAmount()).isEqualByComparingTo("150.00");
    assertThat(charge.getDueDate()).isEqualTo(DUE.plusDays(30 + 14));
    // a retried job: the same posting again posts nothing
    assertThat(measures.postCharge(measure.getId(), "system")).contains(measure.getChargeNo());
    assertThat(measures.postPendingCharges(customerNo, "system")).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from invoice i join customer c on c.id = i.customer_id"
        + " where c.customer_no = ? and i.kind = 'CHARGE'", Integer.class, customerNo)).isEqualTo(1);
    assertThat(cases.view(customerNo).history()).filteredOn(a -> a.kind() == ActionKind.MEASURE_DECIDED)
        .extracting(CaseView.Action::outcome, CaseView.Action::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PENALTY_INTEREST", "steve"));
    assertThat(measures.penaltyInterestToday(customerNo)).as("charged through today").isEqualByComparingTo("0.00");
    assertThat(kit.task(customerNo, "Task_DecideMeasure")).isNull();
  }

  @Test
  void theCollectorWhoAskedCannotDecideTheMeasure() {
    String customerNo = caseDaysPastDue(30, null, null);
    measures.request(customerNo, "Please", "steve");
    assertThatThrownBy(() -> measures.decide(customerNo, io.ardesk.collections.MeasureDecision.NONE, null, null,
        "no", "steve")).hasMessageContaining("steve asked for this change and cannot approve it too");
  }

  @Test
  void theContractRateWinsOverTheCustomerRate() {
    String contract = "K-" + System.nanoTime();
    String customerNo = caseDaysPastDue(30, contract, null);
    measures.setCustomerRate(customerNo, new BigDecimal("0.10"), "agreed in the credit review", "carol");
    assertThat(measures.penaltyInterestToday(customerNo)).as("customer rate 10 %").isEqualByComparingTo("82.19");
    measures.setContractRate(contract, new BigDecimal("0.1825"), "contract clause 7", "carol");
    assertThat(measures.penaltyInterestToday(customerNo)).as("contract rate 18.25 %").isEqualByComparingTo("150.00");
    assertThat(measures.rateFor(customerNo, null)).isEqualByComparingTo("0.10");
    assertThat(measures.rateFor(customerNo, contract)).isEqualByComparingTo("0.1825");

    HttpResponse<String> bySales = new Http(port).asDemo("lily").send("PUT", "/api/contracts/" + contract
        + "/interest-rate", "{\"annualRate\":0.5,\"reason\":\"x\"}");
    assertThat(bySales.statusCode()).isEqualTo(403);
  }

  @Test
  void aCashDiscountOfferIsShownInTheNextLetter() {
    String customerNo = caseDaysPastDue(20, null, null);
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_1);

    CollectionMeasure measure = decide(customerNo, Map.of("measureDecision", "CASH_DISCOUNT",
        "discountPercent", 2, "payBy", "2026-02-27", "measureReason", "Old customer, pays if it can save"));
    assertThat(measure.getAmount()).isEqualByComparingTo("200.00");
    assertThat(measure.getChargeNo()).isNull();

    kit.fireTimer(CASE, customerNo, "Timer_LookAgain");
    assertThat(cases.view(customerNo).stage()).isEqualTo(Stage.LETTER_2);
    String second = jdbc.queryForObject("""
        select l.body from outgoing_letter l where l.case_id = ? and l.stage = 'LETTER_2'""", String.class,
        measure.getCaseId());
    assertThat(second).contains("If you pay the overdue balance in full by 2026-02-27, we will grant you a cash"
        + " discount of 2% (200.00 CNY).");
    String first = jdbc.queryForObject("""
        select l.body from outgoing_letter l where l.case_id = ? and l.stage = 'LETTER_1'""", String.class,
        measure.getCaseId());
    assertThat(first).doesNotContain("cash discount");
    assertThat(measures.forNextLetter(measure.getCaseId())).as("shown once").isEmpty();
  }

  // ---- a disputed call ----

  @Test
  void aCallWithTheOutcomeDisputeOpensAComplaintThatDisputesTheNamedInvoices() {
    String customerNo = caseDaysPastDue(5, null, "2500.00");
    Map<String, Object> form = new HashMap<>();
    form.put("callOutcome", "DISPUTE");
    form.put("disputedInvoiceNos", customerNo + "-INV2");
    form.put("disputeCategory", "QUALITY");
    form.put("callNote", "Says the second delivery was damaged");
    kit.complete(CASE, customerNo, "Task_CallCustomer", "carol", form);
    identityService.clearAuthentication();

    String complaintNo = jdbc.queryForObject("select complaint_no from complaint where customer_no = ? and source = ?",
        String.class, customerNo, ComplaintSource.COLLECTOR_CALL.name());
    assertThat(kit.instance("complaint-handling", complaintNo)).isNotNull();
    assertThat(invoices.get(customerNo + "-INV2").isDisputed()).isTrue();
    assertThat(invoices.get(customerNo + "-INV2").getDisputeReference()).isEqualTo(complaintNo);
    CaseView view = cases.view(customerNo);
    assertThat(view.overdueAmount()).as("the case no longer dunns the disputed invoice; " + view.history()).isEqualByComparingTo("10000.00");
    assertThat(view.overdueItems()).isEqualTo(1);
    assertThat(activeKinds(customerNo)).containsExactly("DISPUTE");
  }
}
