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
import org.camunda.bpm.engine.ProcessEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people's view, end to end in headless Chromium: a collector records a promise to pay in the
 * call task's form in Camunda Tasklist, and a supervisor approves an agency hand-over; the API shows
 * what they did. The dates are today's: no clock is moved, as on a real working day.
 */
@IntegrationTest
@Tag("browser")
class TasklistBrowserTest {

  static final String CASE = CollectionCaseStarter.PROCESS;

  @RegisterExtension static Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  Tasklist tasklist;

  @BeforeEach
  void openTasklist() {
    Browser.servesEngine(engine);
    kit.resetClock();
    tasklist = new Tasklist(browser, port);
  }

  /** A customer whose only invoice, 10,000.00 CNY, fell due {@code days} ago, and its running case. */
  String caseDaysPastDue(String name, int days) {
    String customerNo = kit.customer(name, "ap@" + name.toLowerCase().replace(' ', '-') + ".example", "en", "lily");
    LocalDate today = LocalDate.now();
    kit.invoice(customerNo, customerNo + "-INV1", today.minusDays(days + 30), today.minusDays(days), "10000.00");
    starter.startOrReview(customerNo);
    kit.runDueJobs(CASE, customerNo);
    if (days > 90) {
      // LETTER_4's action plan comes before the agency decision (docs/domain.md §9)
      kit.complete(CASE, customerNo, "Task_PlanAction", "carol", java.util.Map.of("actionPlan", "Meet the owner"));
      kit.runDueJobs(CASE, customerNo);
    }
    return customerNo;
  }

  String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = new Http(port).as(user, user.equals("admin") ? "Test-Passw0rd-42"
        : Http.demoPassword(user)).get(path);
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  @Test
  void aCollectorRecordsAPromiseToPayInTheCallTaskAndTheCaseWaitsForIt() throws Exception {
    String customerNo = caseDaysPastDue("Harbour Lights Trading", 10);
    String call = "Call Harbour Lights Trading about 1 overdue invoice (10,000.00 CNY, 10 days)";
    LocalDate promised = LocalDate.now().plusDays(7);

    tasklist.login("carol", "Ardesk-credit-1");
    tasklist.openFilter("Credit — open", filterId("Credit — open"), customerNo);
    tasklist.openTask(call);
    tasklist.claim();
    tasklist.select("Outcome of the call", "Promise to pay (date and amount)");
    tasklist.date("Promised payment date", promised);
    tasklist.type("Promised amount", "4000");
    tasklist.type("Note", "Ms Li promised to pay 4,000 next week");
    tasklist.complete(call);
    kit.runDueJobs(CASE, customerNo);

    JsonNode view = get("carol", "/api/collections/cases/" + customerNo);
    JsonNode promise = view.path("openPromise");
    assertThat(promise.path("date").asText()).isEqualTo(promised.toString());
    assertThat(promise.path("amount").decimalValue()).isEqualByComparingTo("4000.00");
    assertThat(promise.path("status").asText()).isEqualTo("OPEN");
    assertThat(promise.path("recordedBy").asText()).isEqualTo("carol");
    assertThat(view.path("followUpOn").asText()).isEqualTo(promised.plusDays(4).toString());
    assertThat(view.path("history")).filteredOn(action -> action.path("kind").asText().equals("CALL"))
        .singleElement().satisfies(action -> {
          assertThat(action.path("outcome").asText()).isEqualTo("PROMISE");
          assertThat(action.path("actor").asText()).isEqualTo("carol");
          assertThat(action.path("note").asText()).isEqualTo("Ms Li promised to pay 4,000 next week");
        });

    String instance = get("admin", "/engine-rest/process-instance?maxResults=100&businessKey=" + customerNo).get(0).path("id").asText();
    assertThat(get("admin", "/engine-rest/task?maxResults=100&processInstanceId=" + instance)).as("no open call task").isEmpty();
    assertThat(texts(get("admin", "/engine-rest/job?maxResults=100&timers=true&processInstanceId=" + instance), "dueDate"))
        .as("the promise timer, and the next stage's")
        .anySatisfy(due -> assertThat(due).startsWith(promised.plusDays(4).toString()));
  }

  @Test
  void aSupervisorApprovesTheAgencyHandOverInTasklist() throws Exception {
    String customerNo = caseDaysPastDue("Old Mill Foods", 100);
    String decide = "Decide: hand Old Mill Foods to a collection agency? (10,000.00 CNY, 100 days)";

    tasklist.login("steve", "Ardesk-supervisor-1");
    tasklist.openFilter("Supervisor — open", filterId("Supervisor — open"), customerNo);
    tasklist.openTask(decide);
    tasklist.claim();
    tasklist.radio("Decision", "Approve the hand-over");
    tasklist.type("Reason", "No answer to four letters; the agency knows the owner");
    tasklist.complete(decide);
    kit.runDueJobs(CASE, customerNo);

    JsonNode view = get("steve", "/api/collections/cases/" + customerNo);
    assertThat(view.path("stage").asText()).isEqualTo("AGENCY");
    assertThat(texts(view.path("history"), "kind")).contains("HANDED_OVER");
    // the decision is done; what stays is the supervisor's support of a problem receivable (no shipment
    // for three months and a balance open, §7), which the hand-over does not settle
    assertThat(texts(get("admin", "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + customerNo), "taskDefinitionKey"))
        .containsExactly("Task_SupportProblemReceivable");
  }
}
