package io.ardesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** {@code /actuator/prometheus}: refused without credentials and to other groups; the business gauges for a process owner. */
@IntegrationTest
class MetricsEndpointTest {

  @LocalServerPort int port;
  @Autowired BusinessMetrics metrics;
  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;

  @AfterEach
  void resetClock() {
    kit.resetClock();
  }

  @Test
  void refusedWithoutCredentialsAndToOtherGroups() {
    assertThat(new Http(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
    // (no demo user's wrong password here: Camunda's login delay would hold that user back in the next tests)
    assertThat(new Http(port).as("nobody-here", "wrong-Passw0rd!").get("/actuator/prometheus").statusCode())
        .isEqualTo(401);
    assertThat(new Http(port).asDemo("carol").get("/actuator/prometheus").statusCode()).isEqualTo(403);
    assertThat(new Http(port).asDemo("steve").get("/actuator/prometheus").statusCode()).isEqualTo(403);
    // the health check stays open for load balancers and Docker
    assertThat(new Http(port).get("/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aProcessOwnerReadsTheBusinessGaugesAndTheLoginCounts() {
    metrics.refresh();
    double letter1Before = value(scrape(), "ardesk_cases_open\\{stage=\"LETTER_1\"\\}");

    // one more open case at LETTER_1: 20 days past due
    String customerNo = kit.customer("Metrics Trading Ltd", "ap@metrics.example", "en", "lily");
    LocalDate due = LocalDate.of(2026, 1, 10);
    kit.today(due.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV1", due.minusDays(30), due, "1234.50");
    kit.today(due.plusDays(20));
    assertThat(starter.startOrReview(customerNo)).isEqualTo(CollectionCaseStarter.Outcome.STARTED);
    kit.runDueJobs("collection-case", customerNo);
    new Http(port).as("nobody-here", "not-a-Passw0rd!").get("/api/me");
    metrics.refresh();

    String body = scrape();
    for (String gauge : new String[] {"ardesk_cases_open", "ardesk_cases_open_amount", "ardesk_letters",
        "ardesk_letters_oldest_pending_age_seconds", "ardesk_jobs_due", "ardesk_incidents",
        "ardesk_complaints_first_response_overdue", "ardesk_logins_total"}) {
      assertThat(body).as(gauge).contains("# TYPE " + gauge + " ");
    }
    for (String stage : new String[] {"REMINDER", "LETTER_1", "LETTER_2", "LETTER_3", "LETTER_4", "AGENCY",
        "LITIGATION", "ENFORCEMENT"}) {
      assertThat(body).contains("ardesk_cases_open{stage=\"" + stage + "\"}");
    }
    for (String delivery : new String[] {"PENDING", "SENT", "FAILED"}) {
      assertThat(body).contains("ardesk_letters{delivery=\"" + delivery + "\"}");
    }
    assertThat(value(body, "ardesk_cases_open\\{stage=\"LETTER_1\"\\}")).isEqualTo(letter1Before + 1);
    assertThat(value(body, "ardesk_cases_open_amount\\{currency=\"CNY\",stage=\"LETTER_1\"\\}")).isGreaterThanOrEqualTo(1234.50);
    assertThat(value(body, "ardesk_letters\\{delivery=\"PENDING\"\\}")).isGreaterThanOrEqualTo(1);
    assertThat(value(body, "ardesk_logins_total\\{channel=\"api\",outcome=\"failure\"\\}")).isGreaterThanOrEqualTo(1);
    assertThat(value(body, "ardesk_logins_total\\{channel=\"api\",outcome=\"success\"\\}")).isGreaterThanOrEqualTo(1);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void webappLoginsAreLoggedWithUserAndAddressAndCounted(CapturedOutput output) {
    metrics.refresh();
    String before = scrape();
    assertThat(webappLogin("lily", Http.demoPassword("lily"))).isEqualTo(200);
    assertThat(webappLogin("nobody-at-all", "Wrong-passw0rd-99")).isEqualTo(401);
    String after = scrape();
    for (String outcome : new String[] {"success", "failure"}) {
      String series = "ardesk_logins_total\\{channel=\"webapp\",outcome=\"" + outcome + "\"\\}";
      assertThat(value(after, series)).as(outcome).isEqualTo(value(before, series) + 1);
    }
    assertThat(output.getOut()).contains("Login succeeded: user=lily remote=127.0.0.1 channel=webapp")
        .contains("Login failed: user=nobody-at-all remote=127.0.0.1 channel=webapp reason=HTTP 401")
        .doesNotContain(Http.demoPassword("lily")).doesNotContain("Wrong-passw0rd-99");
  }

  /** Logs in to Tasklist as a browser would: the CSRF token first, then the form. */
  private int webappLogin(String user, String password) {
    Http browser = new Http(port);
    browser.get("/camunda/app/tasklist/default/");
    return browser.post("/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
        "username=" + user + "&password=" + password, "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")).statusCode();
  }

  @Test
  void theScrapeUserIsOffUntilConfiguredAndChecksItsPassword() {
    var token = UsernamePasswordAuthenticationToken.unauthenticated("prometheus", "Scrape-Passw0rd-1");
    assertThat(new MetricsSecurity.ScrapeUser("", "").authenticate(token)).isNull();
    var scraper = new MetricsSecurity.ScrapeUser("prometheus", "Scrape-Passw0rd-1");
    assertThat(scraper.authenticate(token).getAuthorities()).extracting(Object::toString)
        .containsExactly("ROLE_METRICS_SCRAPER");
    assertThat(scraper.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("olivia", "x"))).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scraper.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated("prometheus", "wrong"))).isInstanceOf(BadCredentialsException.class);
  }

  private String scrape() {
    HttpResponse<String> response = new Http(port).asDemo("olivia").get("/actuator/prometheus");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static double value(String body, String series) {
    Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(body);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
