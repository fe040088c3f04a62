package io.ardesk.workflow.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.ProblemKind;
import io.ardesk.collections.ProblemReceivable;
import io.ardesk.collections.ProblemReceivables;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.ledger.document.NewInvoice;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Problem receivables for every customer (docs/domain.md §7): a customer without a collection case is
 * flagged when a ledger or dispute change touches it and by the daily scan; amounts per currency; a
 * flag clears only when its cause is gone, also after the case that set it has closed.
 */
@IntegrationTest
class ProblemReceivablesForEveryCustomerTest {
  static final String CASE = "collection-case";

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired ProblemReceivables problems;
  @Autowired InvoiceService invoices;
  @Autowired TaskService tasks;

  Task supportTask(String customerNo) {
    return tasks.createTaskQuery().processDefinitionKey(ProblemSupportProcess.PROCESS)
        .processInstanceBusinessKey(customerNo).singleResult();
  }

  boolean supportRunning(String customerNo) {
    return kit.instance(ProblemSupportProcess.PROCESS, customerNo) != null;
  }

  @AfterEach
  void reset() {
    kit.resetClock();
  }

  void invoice(String customerNo, String invoiceNo, String issued, String due, String amount, String currency) {
    invoices.postInvoice(new NewInvoice(invoiceNo, customerNo, LocalDate.parse(issued), new BigDecimal(amount),
        LocalDate.parse(due), currency, null), "frank");
  }

  @Test
  void aCaselessDisputeIsFlaggedPerCurrencyAndEachFlagClearsWhenItsCauseIsGone() {
    String customerNo = kit.customer("Caseless Disputes Ltd", "ap@caseless.example", "en", "lily");
    kit.today(LocalDate.of(2026, 3, 1));
    invoice(customerNo, customerNo + "-CNY", "2026-03-01", "2026-04-30", "50000.00", "CNY");
    invoice(customerNo, customerNo + "-USD", "2026-03-01", "2026-04-30", "10000.00", "USD");
    kit.today(LocalDate.of(2026, 3, 10));

    invoices.markDisputed(customerNo + "-CNY", "C-CASELESS-1");
    invoices.markDisputed(customerNo + "-USD", "C-CASELESS-2");

    assertThat(cases.openCase(customerNo)).as("nothing overdue: no case").isEmpty();
    assertThat(problems.active(customerNo)).extracting(ProblemReceivable::getKind, f -> f.getAmount().toPlainString(),
        ProblemReceivable::getCurrency).containsExactlyInAnyOrder(
            tuple(ProblemKind.DISPUTE, "50000.00", "CNY"), tuple(ProblemKind.DISPUTE, "10000.00", "USD"));
    ProblemReceivables.Report report = problems.report();
    assertThat(report.flags()).filteredOn(l -> l.customerNo().equals(customerNo))
        .extracting(ProblemReceivables.ReportLine::kind, l -> l.amount().toPlainString(),
            ProblemReceivables.ReportLine::currency)
        .containsExactlyInAnyOrder(tuple(ProblemKind.DISPUTE, "50000.00", "CNY"),
            tuple(ProblemKind.DISPUTE, "10000.00", "USD"));

    // no case: the supervisor's support task comes from the support process
    Task support = supportTask(customerNo);
    assertThat(support.getName()).isEqualTo("Support the collection of a problem receivable: Caseless Disputes Ltd"
        + " (DISPUTE 50,000.00 CNY (open disputed items); DISPUTE 10,000.00 USD (open disputed items),"
        + " no collection case)");
    assertThat(tasks.getIdentityLinksForTask(support.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("supervisor");
    tasks.claim(support.getId(), "steve");
    tasks.complete(support.getId(), Map.of("supportNote", "Asked quality to settle both complaints this week"));
    assertThat(problems.active(customerNo)).extracting(ProblemReceivable::getSupportedBy, ProblemReceivable::getSupportNote)
        .containsOnly(tuple("steve", "Asked quality to settle both complaints this week"));
    assertThat(supportTask(customerNo)).as("supported: not asked again while nothing new").isNull();
    assertThat(supportRunning(customerNo)).as("it lives as long as the flags").isTrue();

    // the USD dispute ends: only the USD flag clears
    invoices.clearDispute(customerNo + "-USD", "C-CASELESS-2");
    assertThat(problems.active(customerNo)).extracting(ProblemReceivable::getCurrency).containsExactly("CNY");
    assertThat(supportRunning(customerNo)).isTrue();

    // a credit note for the whole CNY invoice: the cause is gone, and so is the support process
    kit.creditNote(customerNo, customerNo + "-CNY", "50000.00");
    assertThat(problems.active(customerNo)).isEmpty();
    assertThat(supportRunning(customerNo)).isFalse();
    assertThat(problems.history(customerNo)).extracting(ProblemReceivable::getCurrency, ProblemReceivable::getClearedBy)
        .containsExactlyInAnyOrder(tuple("CNY", "system"), tuple("USD", "system"));
  }

  @Test
  void aDisputeThatClosesTheCaseLeavesAFlagThatIsStillReCheckedAndClears() {
    String customerNo = kit.customer("Closed Case Dispute Ltd", "ap@closed-dispute.example", "en", "lily");
    kit.today(LocalDate.of(2026, 1, 1));
    kit.invoice(customerNo, customerNo + "-INV1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "10000.00");
    kit.today(LocalDate.of(2026, 2, 5));
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs(CASE, customerNo);

    invoices.markDisputed(customerNo + "-INV1", "C-CLOSE-1");
    kit.runDueJobs(CASE, customerNo);
    assertThat(kit.instance(CASE, customerNo)).as("nothing undisputed overdue: the case closed").isNull();
    assertThat(problems.active(customerNo)).extracting(ProblemReceivable::getKind).containsExactly(ProblemKind.DISPUTE);
    assertThat(supportTask(customerNo)).as("the case handed the support over when it closed").isNotNull();

    // the complaint ends with a credit note for the whole invoice: no case, yet the flag clears
    kit.creditNote(customerNo, customerNo + "-INV1", "10000.00");
    assertThat(problems.active(customerNo)).isEmpty();
    assertThat(supportRunning(customerNo)).isFalse();
  }

  @Test
  void theDailyScanFlagsNoShipmentForACaselessCustomerAndANewInvoiceClearsIt() {
    String customerNo = kit.customer("Quiet Buyer Ltd", "ap@quiet.example", "en", "lily");
    kit.today(LocalDate.of(2026, 1, 1));
    invoice(customerNo, customerNo + "-LONG", "2026-01-01", "2026-12-31", "8000.00", "CNY");
    kit.today(LocalDate.of(2026, 4, 1));
    assertThat(problems.active(customerNo)).isEmpty();

    problems.scan();
    assertThat(problems.active(customerNo)).extracting(ProblemReceivable::getKind, f -> f.getAmount().toPlainString(),
        ProblemReceivable::getCurrency).containsExactly(tuple(ProblemKind.NO_SHIPMENT, "8000.00", "CNY"));
    assertThat(cases.openCase(customerNo)).isEmpty();
    assertThat(supportTask(customerNo)).isNotNull();

    invoice(customerNo, customerNo + "-NEW", "2026-04-01", "2026-05-01", "300.00", "CNY");
    assertThat(problems.active(customerNo)).isEmpty();
  }

  @Test
  void aCaseOpeningTakesTheSupportOver() {
    String customerNo = kit.customer("Hand Over Ltd", "ap@handover.example", "en", "lily");
    kit.today(LocalDate.of(2026, 1, 1));
    kit.invoice(customerNo, customerNo + "-D", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "700.00");
    kit.invoice(customerNo, customerNo + "-O", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "900.00");
    invoices.markDisputed(customerNo + "-D", "C-HAND-1");
    assertThat(supportTask(customerNo)).as("no case yet").isNotNull();

    kit.today(LocalDate.of(2026, 2, 5));
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs(CASE, customerNo);
    assertThat(supportRunning(customerNo)).as("the case's own task takes over").isFalse();
    assertThat(kit.task(customerNo, "Task_SupportProblemReceivable")).isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(customerNo)
        .taskDefinitionKey("Task_SupportProblemReceivable").count()).isEqualTo(1);
  }
}
