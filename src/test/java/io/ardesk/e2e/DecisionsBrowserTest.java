package io.ardesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.ActionKind;
import io.ardesk.collections.CaseMeasures;
import io.ardesk.collections.CaseView;
import io.ardesk.collections.CashDiscounts;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.collections.CollectionMeasure;
import io.ardesk.collections.MeasureDecision;
import io.ardesk.collections.extensions.ExtensionRequests;
import io.ardesk.collections.extensions.ExtensionView;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.ledger.document.InvoiceKind;
import io.ardesk.ledger.document.InvoiceService;
import io.ardesk.support.Browser;
import io.ardesk.support.CaseKit;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import io.ardesk.workflow.extensions.ExtensionProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decisions people take in Tasklist's forms, in headless Chromium: a payment extension's credit
 * check (credit) and supervisor approval (above the supervisor threshold, extension-decision.dmn), and a
 * collection case's auxiliary measure (a cash discount offered by a supervisor). The dates are today's
 * (the browser's date pickers know no other); the engine's clock is moved only to fire the extension's
 * timer after the browser's part is done.
 */
@IntegrationTest
@Tag("browser")
class DecisionsBrowserTest {

  static final String EXTENSION = ExtensionProcess.PROCESS;
  static final String CASE = CollectionCaseStarter.PROCESS;

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired ExtensionProcess extensions;
  @Autowired ExtensionRequests requests;
  @Autowired InvoiceService invoices;
  @Autowired CollectionCaseStarter starter;
  @Autowired CollectionCaseService cases;
  @Autowired CaseMeasures measures;
  @Autowired CashDiscounts discounts;
  @Autowired TaskService taskService;
  @Autowired ProcessEngine engine;
  Tasklist tasklist;

  @BeforeEach
  void openTasklist() {
    Browser.servesEngine(engine);
    kit.resetClock();
    tasklist = new Tasklist(browser, port);
  }

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }

  /**
   * lily asks for {@code customerName}'s one invoice of {@code amount} CNY, due in 10 days, to be paid 50
   * days later instead (today + 60).
   */
  String extensionRequested(String customerName, String amount, LocalDate due, LocalDate newDate) {
    String customerNo = kit.customer(customerName, "ap@" + customerName.toLowerCase().replace(' ', '-') + ".example",
        "en", "lily");
    kit.invoice(customerNo, customerNo + "-INV", due.minusDays(30), due, amount);
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-INV"), newDate,
        "Its own customer pays late"), RequestSource.API, "lily");
    kit.runDueJobs(EXTENSION, requestNo);
    return requestNo;
  }

  /**
   * 150,000.00 CNY is above the supervisor threshold (100,000.00): carol finds the credit good, steve
   * approves with a reason; the due date moves 50 days. Nothing is paid by the new date: penalty 5 % =
   * 7,500.00 and interest 150,000.00 × 18.25 % × 50 / 365 = 3,750.00 are posted as charges.
   */
  @Test
  void creditChecksTheCreditAndASupervisorApprovesALargeExtension() {
    LocalDate due = LocalDate.now().plusDays(10);
    LocalDate newDate = due.plusDays(50);
    String requestNo = extensionRequested("Lantern Bay Imports", "150000.00", due, newDate);
    String customerNo = requests.get(requestNo).getCustomerNo();
    String check = "Check the credit of Lantern Bay Imports for an extension of 150,000.00 CNY to " + newDate
        + " (50 days, " + requestNo + ")";
    assertThat(groups(kit.task(requestNo, "Task_CheckCredit"))).containsExactly("credit");

    tasklist.login("carol", "Ardesk-credit-1");
    tasklist.openFilter("Credit — open", filterId("Credit — open"), requestNo);
    tasklist.openTask(check);
    tasklist.claim();
    tasklist.radio("Credit", "Good: the extension may be granted");
    tasklist.type("Note", "Pays on time for three years");
    tasklist.complete(check);
    browser.waiting().until(driver -> kit.task(requestNo, "Task_CheckCredit") == null);
    kit.runDueJobs(EXTENSION, requestNo);

    ExtensionView checked = requests.view(requestNo);
    assertThat(checked.creditCheck()).isEqualTo("GOOD");
    assertThat(checked.creditCheckNote()).isEqualTo("Pays on time for three years");
    assertThat(checked.creditCheckedBy()).isEqualTo("carol");
    assertThat(checked.status()).isEqualTo("AWAITING_SUPERVISOR");
    assertThat(checked.tableDecision()).isEqualTo("SUPERVISOR");
    assertThat(invoices.get(customerNo + "-INV").getEffectiveDueDate()).as("not moved before the approval").isEqualTo(due);
    Task approveTask = kit.task(requestNo, "Task_ApproveExtension");
    String approve = "Approve an extension of 150,000.00 CNY for Lantern Bay Imports to " + newDate + "? (" + requestNo
        + ")";
    assertThat(approveTask.getName()).isEqualTo(approve);
    assertThat(groups(approveTask)).containsExactly("supervisor");
    assertThat(kit.tasks(requestNo)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_ApproveExtension");

    tasklist.login("steve", "Ardesk-supervisor-1");
    tasklist.openFilter("Supervisor — open", filterId("Supervisor — open"), requestNo);
    tasklist.openTask(approve);
    tasklist.claim();
    tasklist.radio("Decision", "Approve the extension");
    tasklist.type("Reason", "Long-standing customer, large order pending");
    tasklist.complete(approve);
    browser.waiting().until(driver -> kit.task(requestNo, "Task_ApproveExtension") == null);
    kit.runDueJobs(EXTENSION, requestNo);

    ExtensionView granted = requests.view(requestNo);
    assertThat(granted.status()).isEqualTo("GRANTED");
    assertThat(granted.supervisorDecision()).isEqualTo("APPROVE");
    assertThat(granted.supervisorReason()).isEqualTo("Long-standing customer, large order pending");
    assertThat(granted.decidedBy()).isEqualTo("steve");
    assertThat(invoices.get(customerNo + "-INV").getEffectiveDueDate()).isEqualTo(newDate);
    assertThat(invoices.get(customerNo + "-INV").getDueDate()).isEqualTo(due);
    assertThat(granted.letters()).singleElement().satisfies(letter -> assertThat(letter.subject())
        .isEqualTo("Payment extension " + requestNo + " granted: pay by " + newDate));
    assertThat(kit.tasks(requestNo)).as("no task: the process waits for the new date").isEmpty();
    assertThat(kit.timerDue(EXTENSION, requestNo, "Timer_NewDatePassed")).isEqualTo(newDate.plusDays(1).atStartOfDay());

    kit.fireTimer(EXTENSION, requestNo, "Timer_NewDatePassed");

    ExtensionView ended = requests.view(requestNo);
    assertThat(ended.status()).isEqualTo("ENDED");
    assertThat(ended.outcome()).isEqualTo("NOTHING_PAID");
    assertThat(ended.charges().stream().collect(Collectors.toMap(ExtensionView.Charge::kind,
        ExtensionView.Charge::amount))).containsOnly(Map.entry("PENALTY", new BigDecimal("7500.00")),
        Map.entry("INTEREST", new BigDecimal("3750.00")));
    assertThat(invoices.get(requestNo + "-PEN").getKind()).isEqualTo(InvoiceKind.CHARGE);
    assertThat(invoices.get(requestNo + "-PEN").getAmount()).isEqualByComparingTo("7500.00");
    assertThat(invoices.get(requestNo + "-INT").getAmount()).isEqualByComparingTo("3750.00");
  }

  /** A bad credit check refuses the extension at once: no supervisor, the due date stays, the customer is told. */
  @Test
  void aBadCreditCheckInTasklistRefusesTheExtension() {
    LocalDate due = LocalDate.now().plusDays(10);
    LocalDate newDate = due.plusDays(50);
    String requestNo = extensionRequested("Copper Kettle Foods", "10000.00", due, newDate);
    String customerNo = requests.get(requestNo).getCustomerNo();
    String check = "Check the credit of Copper Kettle Foods for an extension of 10,000.00 CNY to " + newDate
        + " (50 days, " + requestNo + ")";

    tasklist.login("carol", "Ardesk-credit-1");
    tasklist.openFilter("Credit — open", filterId("Credit — open"), requestNo);
    tasklist.openTask(check);
    tasklist.claim();
    tasklist.radio("Credit", "Bad: refuse the extension");
    tasklist.type("Note", "Two bounced cheques this quarter");
    tasklist.complete(check);
    browser.waiting().until(driver -> kit.task(requestNo, "Task_CheckCredit") == null);
    kit.runDueJobs(EXTENSION, requestNo);

    ExtensionView refused = requests.view(requestNo);
    assertThat(refused.status()).isEqualTo("REFUSED");
    assertThat(refused.decision()).isEqualTo("REFUSE");
    assertThat(refused.creditCheck()).isEqualTo("BAD");
    assertThat(refused.creditCheckNote()).isEqualTo("Two bounced cheques this quarter");
    assertThat(refused.creditCheckedBy()).isEqualTo("carol");
    assertThat(refused.supervisorDecision()).isNull();
    assertThat(invoices.get(customerNo + "-INV").getEffectiveDueDate()).isEqualTo(due);
    assertThat(refused.letters()).singleElement().satisfies(letter -> assertThat(letter.subject())
        .isEqualTo("Payment extension request " + requestNo + " refused"));
    assertThat(kit.instance(EXTENSION, requestNo)).as("ended: no supervisor task").isNull();
  }

  /**
   * carol asks for a measure on a case 20 days past due (10,000.00 CNY); steve offers a cash discount in
   * Tasklist. 150 % is refused by the form under the field (Complete stays disabled), nothing is decided;
   * 2 % by a week from today is stored: 200.00 off the invoice's 10,000.00.
   */
  @Test
  void aSupervisorOffersACashDiscountInTasklistAndTheFormRefusesAPercentAbove50() {
    LocalDate today = LocalDate.now();
    LocalDate payBy = today.plusDays(7);
    String customerNo = kit.customer("Jade Garden Supplies", "ap@jade-garden.example", "en", "lily");
    String invoiceNo = customerNo + "-INV1";
    kit.invoice(customerNo, invoiceNo, today.minusDays(50), today.minusDays(20), "10000.00");
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    measures.request(customerNo, "Would pay at once for a discount", "carol");
    kit.runDueJobs(CASE, customerNo);
    Task decideTask = kit.task(customerNo, "Task_DecideMeasure");
    assertThat(groups(decideTask)).containsExactly("supervisor");
    String decide = decideTask.getName();

    tasklist.login("steve", "Ardesk-supervisor-1");
    tasklist.openFilter("Supervisor — open", filterId("Supervisor — open"), customerNo);
    tasklist.openTask(decide);
    tasklist.claim();
    tasklist.radio("Decision", "Offer a cash discount");
    tasklist.type("Cash discount (%)", "150");
    tasklist.date("Pay by", payBy);
    tasklist.type("Reason", "Old customer, pays if it can save");
    tasklist.closeCalendar();

    assertThat(tasklist.awaitError("Cash discount (%)")).isEqualTo("Field must have maximum value of 50.");
    assertThat(tasklist.canComplete("Complete")).as("Tasklist submits no form with an error").isFalse();
    assertThat(measures.latestDecided(customerNo)).as("nothing decided").isEmpty();
    assertThat(kit.task(customerNo, "Task_DecideMeasure")).isNotNull();
    assertThat(cases.view(customerNo).history()).noneMatch(action -> action.kind() == ActionKind.MEASURE_DECIDED);

    tasklist.type("Cash discount (%)", "2");
    tasklist.closeCalendar();
    tasklist.complete(decide);
    browser.waiting().until(driver -> kit.task(customerNo, "Task_DecideMeasure") == null);
    kit.runDueJobs(CASE, customerNo);

    CollectionMeasure offer = measures.latestDecided(customerNo).orElseThrow();
    assertThat(offer.getDecision()).isEqualTo(MeasureDecision.CASH_DISCOUNT);
    assertThat(offer.getDiscountPercent()).isEqualByComparingTo("2");
    assertThat(offer.getPayBy()).isEqualTo(payBy);
    assertThat(offer.getAmount()).isEqualByComparingTo("200.00");
    assertThat(offer.getCurrency()).isEqualTo("CNY");
    assertThat(offer.getDecidedBy()).isEqualTo("steve");
    assertThat(offer.getReason()).isEqualTo("Old customer, pays if it can save");
    assertThat(discounts.covered(offer.getId())).extracting(CashDiscounts.Covered::invoiceNo,
        covered -> covered.openAmount().toPlainString(), covered -> covered.discount().toPlainString())
        .containsExactly(Tuple.tuple(invoiceNo, "10000.00", "200.00"));
    assertThat(kit.task(customerNo, "Task_DecideMeasure")).isNull();
    assertThat(cases.view(customerNo).history()).extracting(CaseView.Action::kind).contains(ActionKind.MEASURE_DECIDED);
  }
}
