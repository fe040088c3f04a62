package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.CaseKit;
import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** API tokens: created by an administrator, shown once, stored hashed, used, revoked, expired, never locked out. */
@IntegrationTest
class ApiTokensTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN_PASSWORD = "Test-Passw0rd-42";

  @LocalServerPort int port;
  @Autowired CaseKit kit;
  @Autowired JdbcTemplate jdbc;
  @Autowired LoginThrottle throttle;

  @AfterEach
  void restore() {
    throttle.forgetAll();
    ClockUtil.reset();
  }

  Http admin() {
    return new Http(port).as("admin", ADMIN_PASSWORD);
  }

  JsonNode create(String userId, String groups, boolean engineRest, Instant expiresAt) throws Exception {
    HttpResponse<String> created = admin().postJson("/api/admin/api-tokens", "{\"name\": \"ERP payments\", \"userId\": \""
        + userId + "\", \"groups\": [" + groups + "], \"engineRest\": " + engineRest + ", \"expiresAt\": \""
        + expiresAt + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body());
  }

  @Test
  void anErpPostsAPaymentWithItsTokenWhichIsShownOnceAndStoredHashed() throws Exception {
    String erp = TestNumbers.unique("erp").toLowerCase();
    JsonNode issued = create(erp, "\"finance\"", false, Instant.now().plus(Duration.ofDays(90)));
    String token = issued.get("secret").asText();
    long id = issued.get("token").get("id").asLong();
    assertThat(token).startsWith("ardk_").hasSizeGreaterThan(40);

    // the list and the database never hold the token, only its SHA-256
    String listed = admin().get("/api/admin/api-tokens").body();
    assertThat(listed).contains(erp).doesNotContain(token);
    String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id);
    assertThat(stored).isEqualTo(ApiTokens.hash(token)).doesNotContain(token.substring(5, 20));

    String customerNo = kit.customer("Token Paying Ltd", "ap@token.example", "en", "lily");
    kit.invoice(customerNo, customerNo + "-1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 4), "1000.00");
    HttpResponse<String> payment = new Http(port).bearer(token).postJson("/api/payments", "{\"paymentNo\": \""
        + customerNo + "-P\", \"customerNo\": \"" + customerNo + "\", \"paymentDate\": \"2026-02-01\", \"amount\": 400,"
        + " \"invoiceNos\": [\"" + customerNo + "-1\"], \"method\": \"TRANSFER\"}");
    assertThat(payment.statusCode()).as(payment.body()).isEqualTo(201);
    assertThat(JSON.readTree(payment.body()).get("allocations").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("400.00");
    assertThat(new Http(port).bearer(token).get("/api/me").body())
        .isEqualTo("{\"userId\":\"" + erp + "\",\"roles\":[\"ROLE_FINANCE\"]}");
    assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Date.class, id)).isNotNull();
    // no engine REST unless granted
    assertThat(new Http(port).bearer(token).get("/engine-rest/task/count").statusCode()).isEqualTo(401);
    // a finance token does not do what finance may not
    assertThat(new Http(port).bearer(token).postJson("/api/collections/runs", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void aRevokedTokenIsRefusedAtOnce() throws Exception {
    JsonNode issued = create(TestNumbers.unique("bank").toLowerCase(), "\"finance\"", true,
        Instant.now().plus(Duration.ofDays(30)));
    String token = issued.get("secret").asText();
    assertThat(new Http(port).bearer(token).get("/api/me").statusCode()).isEqualTo(200);
    assertThat(new Http(port).bearer(token).get("/engine-rest/task/count").statusCode()).isEqualTo(200);

    assertThat(new Http(port).asDemo("frank").send("DELETE", "/api/admin/api-tokens/" + issued.get("token").get("id"), "")
        .statusCode()).as("only administrators revoke").isEqualTo(403);
    HttpResponse<String> revoked = admin().send("DELETE", "/api/admin/api-tokens/" + issued.get("token").get("id"), "");
    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(revoked.body()).get("revokedBy").asText()).isEqualTo("admin");
    HttpResponse<String> refused = new Http(port).bearer(token).get("/api/me");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("The API token is unknown, revoked or expired.");
    assertThat(new Http(port).bearer(token).get("/engine-rest/task/count").statusCode()).isEqualTo(401);
    assertThat(new Http(port).bearer("ardk_made-up").get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenExpiresAtItsTime() throws Exception {
    Instant expiry = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String token = create(TestNumbers.unique("feed").toLowerCase(), "\"finance\"", false, expiry).get("secret").asText();
    assertThat(new Http(port).bearer(token).get("/api/me").statusCode()).isEqualTo(200);
    ClockUtil.setCurrentTime(Date.from(expiry.minusSeconds(1)));
    assertThat(new Http(port).bearer(token).get("/api/me").statusCode()).isEqualTo(200);
    ClockUtil.setCurrentTime(Date.from(expiry));
    assertThat(new Http(port).bearer(token).get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void onlyAnAdministratorCreatesATokenAndNeverForAPersonOrAsAdministrator() {
    String body = "{\"name\": \"mine\", \"userId\": \"frank-erp\", \"groups\": [\"finance\"], \"expiresAt\": \""
        + Instant.now().plus(Duration.ofDays(1)) + "\"}";
    assertThat(new Http(port).asDemo("frank").postJson("/api/admin/api-tokens", body).statusCode()).isEqualTo(403);
    HttpResponse<String> person = admin().postJson("/api/admin/api-tokens", body.replace("frank-erp", "frank"));
    assertThat(person.statusCode()).isEqualTo(422);
    assertThat(person.body()).contains("userId").contains("frank is a person's login");
    HttpResponse<String> asAdmin = admin().postJson("/api/admin/api-tokens",
        body.replace("\"finance\"", "\"camunda-admin\""));
    assertThat(asAdmin.statusCode()).isEqualTo(422);
    assertThat(asAdmin.body()).contains("groups").contains("a token never administers");
    HttpResponse<String> forever = admin().postJson("/api/admin/api-tokens", body.replaceAll("\"expiresAt\": \"[^\"]+\"",
        "\"expiresAt\": \"2099-01-01T00:00:00Z\""));
    assertThat(forever.statusCode()).isEqualTo(422);
    assertThat(forever.body()).contains("expiresAt");
  }

  @Test
  void wrongPasswordsForATokensUserNeverStopTheToken() throws Exception {
    LoginThrottle.Limits suiteLimits = throttle.limits();
    throttle.useLimits(LoginLockoutTest.SHIPPED);
    try {
      String erp = TestNumbers.unique("erp").toLowerCase();
      String token = create(erp, "\"finance\"", true, Instant.now().plus(Duration.ofDays(10))).get("secret").asText();
      // 30 wrong passwords for the token's user from three addresses: the user's password login is locked
      for (int i = 0; i < 30; i++) {
        assertThat(Http.statusFrom("127.0.0." + (41 + i % 3), port, "/api/me", Http.basic(erp, "Wrong-Passw0rd-" + i)))
            .isEqualTo(401);
      }
      assertThat(throttle.refusedUntil(erp, "127.0.0.44")).isPresent();
      // the token goes on, from those addresses too, on the API and engine REST
      assertThat(Http.statusFrom("127.0.0.41", port, "/api/me", "Bearer " + token)).isEqualTo(200);
      assertThat(Http.statusFrom("127.0.0.41", port, "/engine-rest/task/count", "Bearer " + token)).isEqualTo(200);
      assertThat(new Http(port).bearer(token).get("/api/me").statusCode()).isEqualTo(200);
    } finally {
      throttle.useLimits(suiteLimits);
    }
  }
}
