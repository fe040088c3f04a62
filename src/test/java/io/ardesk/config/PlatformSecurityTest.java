package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PlatformSecurityTest {

  /** Wrong passwords lock a user for a while (Camunda's login delay), so they go to a user of this test. */
  static final String WRONG_PASSWORD_USER = "wrong-password-tester";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @BeforeEach
  void createUserForWrongPasswords() {
    if (identityService.createUserQuery().userId(WRONG_PASSWORD_USER).count() == 0) {
      User user = identityService.newUser(WRONG_PASSWORD_USER);
      user.setPassword("The-Right-Passw0rd");
      identityService.saveUser(user);
      identityService.createMembership(WRONG_PASSWORD_USER, "sales");
    }
  }

  @Test
  void engineRestRefusesAnonymousAndWrongPasswordAndServesAKnownUser() {
    assertThat(new Http(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(new Http(port).as(WRONG_PASSWORD_USER, "wrong").get("/engine-rest/task").statusCode()).isEqualTo(401);
    HttpResponse<String> ok = new Http(port).as("carol", "Ardesk-credit-1").get("/engine-rest/task?maxResults=100");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).startsWith("[");
  }

  @Test
  void applicationApiRefusesAnonymousAndWrongPasswordWithProblemDetails() {
    HttpResponse<String> anonymous = new Http(port).get("/api/me");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"AR Desk\"");
    assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(new Http(port).as(WRONG_PASSWORD_USER, "Ardesk-credit-1").get("/api/me").statusCode()).isEqualTo(401);
    assertThat(new Http(port).as("nobody", "x").get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void applicationApiKnowsTheCallersGroupsAsRoles() {
    HttpResponse<String> carol = new Http(port).as("carol", "Ardesk-credit-1").get("/api/me");
    assertThat(carol.statusCode()).isEqualTo(200);
    assertThat(carol.body()).isEqualTo("{\"userId\":\"carol\",\"roles\":[\"ROLE_CREDIT\"]}");
    HttpResponse<String> admin = new Http(port).as("admin", "Test-Passw0rd-42").get("/api/me");
    assertThat(admin.body()).isEqualTo("{\"userId\":\"admin\",\"roles\":[\"ROLE_ADMIN\"]}");
  }

  @Test
  void salesIsRefusedCockpitWhileSupervisorAndAdminMayOpenIt() {
    assertThat(webappLogin("lily", "Ardesk-sales-1", "cockpit")).isEqualTo(403);
    assertThat(webappLogin("lily", "Ardesk-sales-1", "tasklist")).isEqualTo(200);
    assertThat(webappLogin("frank", "Ardesk-finance-1", "cockpit")).isEqualTo(403);
    assertThat(webappLogin("steve", "Ardesk-supervisor-1", "cockpit")).isEqualTo(200);
    assertThat(webappLogin("olivia", "Ardesk-process-owner-1", "cockpit")).isEqualTo(200);
    assertThat(webappLogin("admin", "Test-Passw0rd-42", "cockpit")).isEqualTo(200);
    assertThat(webappLogin(WRONG_PASSWORD_USER, "wrong-password", "tasklist")).isEqualTo(401);
  }

  @Test
  void webappLoginWithoutCsrfTokenIsRefused() {
    Http browser = new Http(port);
    HttpResponse<String> response = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=lily&password=Ardesk-sales-1");
    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void welcomePageRedirectsToTheWebappsAndHealthIsUp() {
    HttpResponse<String> root = new Http(port).get("/");
    assertThat(root.statusCode()).isBetween(301, 302);
    assertThat(root.headers().firstValue("Location").orElseThrow()).contains("/camunda/app/");
    HttpResponse<String> health = new Http(port).get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void errorResponsesCarryNoStackTrace() {
    HttpResponse<String> missing = new Http(port).as("carol", "Ardesk-credit-1").get("/api/no-such-thing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
  }

  /** Logs in to a Camunda webapp as a browser would: fetch the CSRF token, then post the form. */
  private int webappLogin(String user, String password, String app) {
    Http browser = new Http(port);
    browser.get("/camunda/app/" + app + "/default/");
    String token = browser.cookie("XSRF-TOKEN");
    assertThat(token).as("CSRF cookie").isNotBlank();
    return browser.post("/camunda/api/admin/auth/user/default/login/" + app, "application/x-www-form-urlencoded",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", token).statusCode();
  }
}
