package io.ardesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.complaints.ComplaintCategory;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.ledger.document.WriteOffApprovals;
import io.ardesk.ledger.customer.NewCustomer;
import io.ardesk.ledger.customer.SettlementMethod;
import io.ardesk.orders.NewOrder;
import io.ardesk.orders.OrderView;
import io.ardesk.support.CreditGrants;
import io.ardesk.support.TestNumbers;
import io.ardesk.workflow.complaints.ComplaintIntake;
import io.ardesk.workflow.extensions.ExtensionProcess;
import io.ardesk.workflow.orders.OrderIntake;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A team that works in Traditional Chinese ({@code ardesk.language=zh-TW}): the Tasklist filters, a
 * call task's name, description and form, the API's problem details and the letter language of a
 * customer without one are in Chinese. The application runs in a JVM of its own (Maven's execution
 * {@code team-zh-TW}, tag {@value #TAG}), so that its filters and forms do not meet the English suite's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ardesk.language=zh-TW")
@ActiveProfiles("test")
@Tag(TeamInChineseTest.TAG)
public class TeamInChineseTest {

  /** The tests of a team in Traditional Chinese: run by Maven's execution of the same name, alone in their JVM. */
  public static final String TAG = "team-zh-TW";

  static final LocalDate DUE = LocalDate.of(2026, 1, 31);

  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired FilterService filters;
  @Autowired FormService forms;
  @Autowired CollectionsProperties collections;
  @Autowired TeamLanguage language;
  @Autowired ComplaintIntake complaints;
  @Autowired OrderIntake orders;
  @Autowired CreditGrants grants;
  @Autowired ExtensionProcess extensions;
  @Autowired CustomerService customers;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired WriteOffApprovals writeOffs;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  @Test
  void filtersAreNamedInChinese() {
    assertThat(language.tag()).isEqualTo("zh-TW");
    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
        .contains("我的任務", "銷售部 — 未完成", "財務部 — 未完成", "信用部 — 未完成", "主管 — 未完成", "信用部 — 按預期損失",
            "品質部 — 未完成")
        .doesNotContain("My tasks", "Credit — open");
    Filter credit = filters.createFilterQuery().filterName("信用部 — 未完成").singleResult();
    assertThat(credit.getProperties()).containsEntry("description", "credit 群組未完成的任務，到期日最近的在前")
        .containsEntry("ardeskFilter", "open.credit");
  }

  @Test
  void aCallTaskIsNamedDescribedAndFormedInChinese() throws Exception {
    String customerNo = kit.customer("港灣之光貿易", "ap@harbour.example", null, "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV1", DUE.minusDays(30), DUE, "12400.00");
    kit.today(DUE.plusDays(20));
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs("collection-case", customerNo);

    Task call = kit.task(customerNo, "Task_CallCustomer");
    assertThat(call.getName()).isEqualTo("致電港灣之光貿易：1 張逾期發票（12,400.00 元，逾期 20 天）");
    assertThat(call.getDescription())
        .startsWith("港灣之光貿易（" + customerNo + "），催收階段：第一封催款函\n逾期：12,400.00 元，共 1 張發票，最久逾期 20 天\n")
        .contains(customerNo + "-INV1  開票日期 2026年1月1日  到期日 2026年1月31日  12,400.00 元  逾期 20 天");
    try (InputStream form = forms.getDeployedTaskForm(call.getId())) {
      String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"label\" : \"通話結果\"", "付款承諾（日期與金額）", "\"value\" : \"PROMISE\"",
          "\"key\" : \"callOutcome\"").doesNotContain("Outcome of the call");
    }
  }

  @Test
  void aComplaintStepIsNamedInChinese() {
    String customerNo = kit.customer("港灣之光貿易", "ap@harbour.example", null, "lily");
    String no = complaints.open(NewComplaint.of(customerNo, ComplaintCategory.QUALITY, "紙箱到貨時已壓壞", List.of(),
        new BigDecimal("1500")), "lily").complaintNo();
    assertThat(kit.task(no, "Step01_WelcomeComplaint").getName())
        .isEqualTo("第 1 步（共 13 步）：歡迎客戶抱怨 — 港灣之光貿易（" + no + "，產品質量）");
  }

  @Test
  void anOrderCreditReviewIsNamedInChinese() {
    String customerNo = kit.customer("港灣之光貿易", "ap@harbour.example", null, "lily");
    grants.grant(customerNo, new BigDecimal("100000"), "B", SettlementMethod.CREDIT, 30);
    LocalDate day = LocalDate.of(2026, 3, 2);
    OrderView order = orders.receive(new NewOrder(TestNumbers.unique("SO"), customerNo, day, new BigDecimal("110000"),
        null, day.plusDays(5)), "lily");
    Task review = kit.task(order.orderNo(), "Task_ReviewCredit");
    assertThat(review.getName())
        .isEqualTo("訂貨審查：港灣之光貿易的訂單 " + order.orderNo() + "（110,000.00 元，超出信用額度 10.0%）");
    assertThat(review.getDescription()).isEqualTo("港灣之光貿易（" + customerNo + "）的訂單 " + order.orderNo()
        + "，訂貨日期 2026年3月2日：110,000.00 元，最遲出貨日 2026年3月7日\n"
        + "狀態：訂貨審查中，信用決定：訂貨審查\n"
        + "  - 此訂單使客戶超出信用額度\n"
        + "  - 已用額度 0.00 + 訂單 110,000.00 = 110,000.00，信用額度 100,000.00（可用額度 100,000.00）\n"
        + "客戶：狀態 正常，結算方式 信用銷售，付款條件 30 天，信用額度 100,000.00，信用評級 B\n"
        + "聯絡人：Ms Li，電話：+86 21 5555 0000，電子郵件：ap@harbour.example");
    assertThat(tasks.getVariableLocal(review.getId(), "orderFacts")).isEqualTo(review.getDescription());
  }

  @Test
  void anExtensionCreditCheckIsNamedInChinese() {
    LocalDate due = LocalDate.of(2026, 3, 1);
    String customerNo = kit.customer("港灣之光貿易", "ap@harbour.example", null, "lily");
    kit.today(due.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV", due.minusDays(30), due, "10000.00");
    kit.today(due.minusDays(9));
    String requestNo = extensions.start(new NewExtensionRequest(customerNo, List.of(customerNo + "-INV"),
        LocalDate.of(2026, 4, 30), "客戶的客戶付款延遲"), RequestSource.API, "lily");
    kit.runDueJobs("payment-extension", requestNo);
    Task check = kit.task(requestNo, "Task_CheckCredit");
    assertThat(check.getName())
        .isEqualTo("即期資信調查：港灣之光貿易申請延期付款 10,000.00 元 至 2026年4月30日（60 天，" + requestNo + "）");
    assertThat(check.getDescription())
        .isEqualTo("港灣之光貿易申請延期支付 1 張發票（10,000.00 元）至 2026年4月30日，延後 60 天：客戶的客戶付款延遲");
    assertThat(tasks.getVariablesLocal(check.getId()))
        .containsEntry("ledgerFacts", "狀態：正常，信用額度 500,000.00 元\n"
            + "應收帳款 10,000.00，未沖帳餘額 0.00，已用額度 10,000.00 元\n"
            + "逾期 0.00 元，共 0 筆\n"
            + "申請延期的發票：\n"
            + "  " + customerNo + "-INV  到期日 2026年3月1日  未結金額 10,000.00  → 2026年4月30日（60 天）")
        .containsEntry("paymentRecord", "至今已付款 0.00 元，平均延遲 0.00 天\n"
            + "延遲付款：0 張發票，0.00，最久延遲 0 天\n"
            + "未兌現的付款承諾 0 次，沖回的收款 0 筆")
        .containsEntry("creditGrade", "B")
        .containsEntry("riskSignals", "無");
  }

  @Test
  void aComplaintsFactsAndItsEscalationAreInChinese() {
    kit.today(LocalDate.of(2026, 12, 6));
    String customerNo = kit.customer("港灣之光貿易", "ap@harbour.example", null, "lily");
    String no = complaints.open(NewComplaint.of(customerNo, ComplaintCategory.QUALITY, "紙箱到貨時已壓壞", List.of(),
        new BigDecimal("1200")), "lily").complaintNo();
    Task welcome = kit.task(no, "Step01_WelcomeComplaint");
    assertThat(tasks.getVariablesLocal(welcome.getId()))
        .containsEntry("customerName", "港灣之光貿易（" + customerNo + "）")
        .containsEntry("category", "產品質量")
        .containsEntry("claim", "1,200.00 元")
        .containsEntry("invoices", "無")
        .containsEntry("receivedAt", "2026年12月6日 09:00")
        .containsEntry("firstResponseDue", "2026年12月7日 09:00")
        .containsEntry("caseReport", "港灣之光貿易（" + customerNo + "）的客戶抱怨 " + no + "，產品質量\n"
            + "受理：2026年12月6日 09:00，受理人 lily，來源 API\n"
            + "首次回應：無 — 在期限 2026年12月7日 09:00 內\n"
            + "索賠：1,200.00 元\n"
            + "抱怨內容：紙箱到貨時已壓壞");

    Job timer = management.createJobQuery().processInstanceId(welcome.getProcessInstanceId()).timers().singleResult();
    kit.today(LocalDate.of(2026, 12, 8));
    management.executeJob(timer.getId());
    assertThat(kit.task(no, "Task_EscalateFirstResponse").getName())
        .isEqualTo("首次回應自 2026年12月7日 09:00 起逾期：請為客戶處理 — 港灣之光貿易（" + no + "，產品質量）");
  }

  @Test
  void aWriteOffApprovalShowsItsAmountInChinese() {
    kit.today(LocalDate.of(2026, 12, 6));
    String customerNo = kit.customer("港灣之光貿易", "ap@harbour.example", null, "lily");
    kit.invoice(customerNo, customerNo + "-WO", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 4), "1200.00");
    String requestNo = writeOffs.request(customerNo + "-WO", LocalDate.of(2026, 12, 31), "不值得再催收", "frank")
        .getRequestNo();
    Task approval = tasks.createTaskQuery().processInstanceBusinessKey(requestNo).singleResult();
    assertThat(approval.getName()).isEqualTo("核准發票 " + customerNo + "-WO（1,200.00 元）的壞帳沖銷，客戶港灣之光貿易，申請人 frank");
    assertThat(tasks.getVariables(approval.getId())).containsEntry("openAmount", "1,200.00 元")
        .containsEntry("writeOffDate", "2026年12月31日");
  }

  @Test
  void aCreditReviewProfileTaskIsNamedInChinese() {
    String customerNo = TestNumbers.unique("CR");
    customers.create(new NewCustomer(customerNo, "新竹精密", null, null, null, null, null, null, null, null, null, null,
        null, null, null, "lily", null, "frank", LocalDate.of(2010, 5, 1), null, null), "test");
    Task profile = tasks.createTaskQuery().taskDefinitionKey("Task_EnterProfile")
        .processVariableValueEquals("customerNo", customerNo).singleResult();
    assertThat(profile.getName()).isEqualTo("信用評估：填寫新竹精密（" + customerNo + "）的資料並評分");
  }

  @Test
  void processesAreNamedInChinese() {
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").latestVersion()
        .singleResult().getName()).isEqualTo("處理客戶抱怨");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("order-to-cash").latestVersion()
        .singleResult().getName()).isEqualTo("訂單到收款（事中控制）");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("collections-run").latestVersion()
        .singleResult().getName()).as("no Tasklist task, no translation").isEqualTo("Daily collections run");
  }

  @Test
  void lettersOfACustomerWithoutALanguageAreInTheTeamsChinese() {
    assertThat(collections.letterLanguage(null)).isEqualTo("zh-TW");
    assertThat(collections.letterLanguage("zh")).isEqualTo("zh-TW");
    assertThat(collections.letterLanguage("zh-CN")).isEqualTo("zh-CN");
    assertThat(collections.letterLanguage("en")).isEqualTo("en");
    assertThat(collections.paymentInstructions("zh-TW")).startsWith("請電匯至帳戶");
    assertThat(collections.paymentInstructions("zh-CN")).startsWith("请电汇至账户");
  }

  @Test
  void problemDetailsAreInChinese() {
    HttpResponse<String> unknown = new Http(port).asDemo("carol").get("/api/customers/NO-SUCH-CUSTOMER");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"title\":\"找不到\"");
    HttpResponse<String> broken = new Http(port).asDemo("carol").postJson("/api/customers", "{");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("\"title\":\"錯誤的請求\"", "\"detail\":\"請求內容不是可讀的 JSON。\"");
  }
}
