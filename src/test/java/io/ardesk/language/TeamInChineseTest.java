package io.ardesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.extensions.NewExtensionRequest;
import io.ardesk.collections.extensions.RequestSource;
import io.ardesk.complaints.ComplaintCategory;
import io.ardesk.complaints.NewComplaint;
import io.ardesk.ledger.customer.CustomerService;
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
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
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
    assertThat(kit.task(order.orderNo(), "Task_ReviewCredit").getName())
        .isEqualTo("訂貨審查：港灣之光貿易的訂單 " + order.orderNo() + "（110,000.00 元，超出信用額度 10.0%）");
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
    assertThat(kit.task(requestNo, "Task_CheckCredit").getName())
        .isEqualTo("即期資信調查：港灣之光貿易申請延期付款 10,000.00 元 至 2026年4月30日（60 天，" + requestNo + "）");
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
