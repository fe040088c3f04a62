package io.ardesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.Browser;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who decided what, in Cockpit (community edition): a collector completes a call task, an
 * administrator changes a job's retries through engine REST and annotates that operation, and the
 * process owner opens the instance in Cockpit: the "Operation log" tab (operation-log.js) lists both
 * operations with their user ids, the retries' old and new value and the annotation, and the
 * completed call task with who completed it. Screenshot in {@code target/e2e-screenshots/OperationLogBrowserTest/}.
 */
@IntegrationTest
@Tag("browser")
class OperationLogBrowserTest {

  static final String CASE = CollectionCaseStarter.PROCESS;
  static final String ADMIN_PASSWORD = "Test-Passw0rd-42";

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    Browser.servesEngine(engine);
    kit.resetClock();
    identity.clearAuthentication();
  }

  @AfterEach
  void clear() {
    identity.clearAuthentication();
  }

  JsonNode admin(String method, String path, String body) throws Exception {
    Http http = new Http(port).as("admin", ADMIN_PASSWORD);
    HttpResponse<String> response = body == null ? http.get(path) : http.send(method, path, body);
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 204);
    return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
  }

  @Test
  void theProcessOwnerSeesWhoCompletedTheCallAndWhoChangedTheJobInCockpit() throws Exception {
    String customerNo = kit.customer("Ledger Lane Supplies", "ap@ledger-lane.example", "en", "lily");
    LocalDate today = LocalDate.now();
    kit.invoice(customerNo, customerNo + "-INV1", today.minusDays(40), today.minusDays(10), "10000.00");
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);

    // the collector, as Tasklist does it: authenticated, claim and complete
    Task call = kit.task(customerNo, "Task_CallCustomer");
    String instance = call.getProcessInstanceId();
    identity.setAuthentication("carol", List.of("credit"));
    engine.getTaskService().claim(call.getId(), "carol");
    engine.getTaskService().complete(call.getId(), Map.of("callOutcome", "NO_CONTACT"));
    identity.clearAuthentication();
    kit.runDueJobs(CASE, customerNo);

    // the administrator, through engine REST: a waiting job's retries, then a note on that operation
    JsonNode job = admin("GET", "/engine-rest/job?maxResults=100&processInstanceId=" + instance, null).get(0);
    assertThat(job).as("a job waiting in the case").isNotNull();
    int retriesBefore = job.path("retries").asInt();
    admin("PUT", "/engine-rest/job/" + job.path("id").asText() + "/retries", "{\"retries\": 7}");
    JsonNode setRetries = admin("GET", "/engine-rest/history/user-operation?processInstanceId=" + instance
        + "&operationType=SetJobRetries&maxResults=10", null).get(0);
    assertThat(setRetries.path("userId").asText()).isEqualTo("admin");
    admin("PUT", "/engine-rest/history/user-operation/" + setRetries.path("operationId").asText() + "/set-annotation",
        "{\"annotation\": \"retries raised after the mail server outage\"}");

    browser.driver().manage().window().setSize(new Dimension(1400, 1100));
    browser.login("http://localhost:" + port + "/camunda/app/cockpit/default/#/login", "olivia",
        Http.demoPassword("olivia"));
    browser.waiting().until(d -> d.findElements(By.cssSelector("[data-ardesk=dashboard]")).size() > 0);
    browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + instance
        + "/runtime");
    WebElement tab = browser.waiting().until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Operation log']")));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", tab);

    WebElement log = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("table[data-ardesk=operation-log]")));
    // newest first: the administrator's change, then the collector's completion
    List<WebElement> operations = log.findElements(By.cssSelector("tbody[data-operation-id]"));
    List<String> who = operations.stream().map(o -> o.getDomAttribute("data-user") + " " + o.getDomAttribute("data-operation")).toList();
    assertThat(who).containsSubsequence("admin SetJobRetries", "carol Complete", "carol Claim");

    WebElement retries = log.findElement(By.cssSelector("tbody[data-operation=SetJobRetries]"));
    assertThat(retries.findElements(By.cssSelector("tr[data-property=retries]"))).singleElement().satisfies(row -> {
      assertThat(row.getDomAttribute("data-old")).isEqualTo(String.valueOf(retriesBefore));
      assertThat(row.getDomAttribute("data-new")).isEqualTo("7");
      assertThat(row.getText()).contains(retriesBefore + " → 7", "Job " + job.path("id").asText());
    });
    assertThat(retries.getText()).contains("admin", "SetJobRetries", "retries raised after the mail server outage");
    WebElement completed = log.findElement(By.cssSelector("tbody[data-operation=Complete]"));
    assertThat(completed.getDomAttribute("data-user")).isEqualTo("carol");
    assertThat(completed.getText()).contains("carol", "Complete", "Task " + call.getId());

    WebElement tasks = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("table[data-ardesk=task-completions]")));
    assertThat(tasks.findElements(By.cssSelector("tr[data-task=Task_CallCustomer]"))).singleElement().satisfies(row -> {
      assertThat(row.getDomAttribute("data-user")).isEqualTo("carol");
      assertThat(row.getText()).contains("carol", call.getName());
    });

    Path folder = Path.of("target", "e2e-screenshots", getClass().getSimpleName());
    Files.createDirectories(folder);
    Files.write(folder.resolve("operation-log.png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }
}
