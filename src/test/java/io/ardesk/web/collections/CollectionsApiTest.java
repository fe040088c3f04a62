package io.ardesk.web.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CollectionsApiTest {

  static final LocalDate DUE = LocalDate.of(2026, 2, 1);

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  Http carol() {
    return new Http(port).as("carol", "Ardesk-credit-1");
  }

  String overdueCustomer(String name) {
    String customerNo = kit.customer(name, "ap@" + name.toLowerCase().replace(' ', '-') + ".example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-1", DUE.minusDays(30), DUE, "3000.00");
    return customerNo;
  }

  JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  LocalDate lastRunDate(String customerNo) {
    Date date = jdbc.queryForObject("select last_run_date from collection_case where open_customer_no = ?", Date.class,
        customerNo);
    return date == null ? null : date.toLocalDate();
  }

  /** Asks for a run as carol: 202 at once; the pages run as jobs; answers the finished run as the API shows it. */
  JsonNode run(String body) throws Exception {
    HttpResponse<String> accepted = carol().postJson("/api/collections/runs", body);
    assertThat(accepted.statusCode()).isEqualTo(202);
    JsonNode run = body(accepted);
    assertThat(run.get("status").asText()).isEqualTo("RUNNING");
    assertThat(accepted.headers().firstValue("Location")).hasValue("/api/collections/runs/" + run.get("runId").asLong());
    kit.finishCollectionsRuns();
    HttpResponse<String> done = new Http(port).as("olivia", "Ardesk-process-owner-1")
        .get("/api/collections/runs/" + run.get("runId").asLong());
    assertThat(done.statusCode()).isEqualTo(200);
    JsonNode finished = body(done);
    assertThat(finished.get("status").asText()).isEqualTo("DONE");
    return finished;
  }

  @Test
  void aRunAnswersAtOnceStartsCasesForOverdueCustomersAndASecondRunThatDayChangesNothing() throws Exception {
    String north = overdueCustomer("North Supply");
    String south = overdueCustomer("South Supply");
    kit.invoice(south, south + "-2", DUE.minusDays(30), DUE.plusDays(10), "500.00");
    kit.today(DUE.plusDays(10));

    JsonNode run = run("{\"date\":\"2026-02-11\"}");
    assertThat(run.get("date").asText()).isEqualTo("2026-02-11");
    assertThat(run.get("requestedBy").asText()).isEqualTo("carol");
    assertThat(run.get("pages").asInt()).isPositive();
    assertThat(run.get("casesStarted").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(run.get("customersEvaluated").asInt()).isGreaterThanOrEqualTo(run.get("casesStarted").asInt());
    assertThat(kit.instance("collection-case", north)).isNotNull();
    assertThat(kit.instance("collection-case", south)).isNotNull();
    assertThat(lastRunDate(north)).isEqualTo(LocalDate.of(2026, 2, 11));
    kit.runDueJobs("collection-case", north);
    kit.runDueJobs("collection-case", south);

    JsonNode again = run("{\"date\":\"2026-02-11\"}");
    assertThat(again.get("casesStarted").asInt()).isZero();
    assertThat(again.get("casesReevaluated").asInt()).isZero();

    // the next day south's second invoice is overdue too: only its case is asked to look again
    kit.today(DUE.plusDays(11));
    JsonNode nextDay = run("");
    assertThat(nextDay.get("date").asText()).isEqualTo("2026-02-12");
    assertThat(lastRunDate(north)).isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(lastRunDate(south)).isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(jdbc.queryForObject("select count(*) from collection_case_change where customer_no = ?", Integer.class,
        north)).as("north's figures are the same: its timers move it").isZero();
    kit.runDueJobs("collection-case", south);
    assertThat(jdbc.queryForObject("select overdue_items from collection_case where open_customer_no = ?",
        Integer.class, south)).isEqualTo(2);
  }

  @Test
  void onlyCreditMayRunCollectionsAndNeverForAFutureDate() throws Exception {
    kit.today(DUE);
    assertThat(new Http(port).as("lily", "Ardesk-sales-1").postJson("/api/collections/runs", "{}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> future = carol().postJson("/api/collections/runs", "{\"date\":\"2026-02-02\"}");
    assertThat(future.statusCode()).isEqualTo(422);
    assertThat(body(future).get("errors").get(0).get("field").asText()).isEqualTo("date");
  }

  @Test
  void theCaseShowsStageLettersPromiseAndHistory() throws Exception {
    String customerNo = overdueCustomer("West Traders");
    kit.today(DUE.plusDays(20));
    run("{}");
    kit.runDueJobs("collection-case", customerNo);

    HttpResponse<String> promise = carol().postJson("/api/collections/cases/" + customerNo + "/promises",
        "{\"date\":\"2026-02-28\",\"amount\":3000}");
    assertThat(promise.statusCode()).isEqualTo(201);
    assertThat(body(promise).get("amount").decimalValue()).isEqualByComparingTo("3000.00");
    kit.runDueJobs("collection-case", customerNo);

    HttpResponse<String> view = new Http(port).as("olivia", "Ardesk-process-owner-1")
        .get("/api/collections/cases/" + customerNo);
    assertThat(view.statusCode()).isEqualTo(200);
    JsonNode c = body(view);
    assertThat(c.get("stage").asText()).isEqualTo("LETTER_1");
    assertThat(c.get("overdueAmount").decimalValue()).isEqualByComparingTo("3000.00");
    assertThat(c.get("oldestDaysPastDue").asInt()).isEqualTo(20);
    assertThat(c.get("letters").get(0).get("stage").asText()).isEqualTo("LETTER_1");
    assertThat(c.get("letters").get(0).get("address").asText()).isEqualTo("ap@west-traders.example");
    assertThat(c.get("openPromise").get("date").asText()).isEqualTo("2026-02-28");
    assertThat(c.get("openPromise").get("recordedBy").asText()).isEqualTo("carol");
    assertThat(c.get("history").findValuesAsText("kind")).contains("OPENED", "STAGE_REACHED", "LETTER_QUEUED",
        "PROMISE");
    assertThat(kit.tasks(customerNo)).as("the case waits for the promise").isEmpty();
  }

  @Test
  void aBadPromiseIsRefusedNamingTheFieldsAndAnUnknownCaseIs404() throws Exception {
    String customerNo = overdueCustomer("East Metals");
    kit.today(DUE.plusDays(3));
    run("{}");
    HttpResponse<String> bad = carol().postJson("/api/collections/cases/" + customerNo + "/promises",
        "{\"date\":\"2026-01-01\",\"amount\":0}");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(body(bad).get("errors").findValuesAsText("field")).containsExactly("date", "amount");
    assertThat(carol().get("/api/collections/cases/NO-SUCH-CUSTOMER").statusCode()).isEqualTo(404);
    assertThat(new Http(port).as("frank", "Ardesk-finance-1").postJson("/api/collections/cases/" + customerNo
        + "/promises", "{\"date\":\"2026-03-01\",\"amount\":10}").statusCode()).isEqualTo(403);
  }
}
