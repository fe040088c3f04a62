package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords throttle by address and by user, and every lock expires by itself: nobody who can reach the
 * server locks an account for good. Requests come from other loopback addresses (127.0.0.x) than the rest of
 * the suite; the clock is moved, nobody sleeps.
 */
@IntegrationTest
class LoginLockoutTest {

  static final String ADMIN_PASSWORD = "Test-Passw0rd-42";
  /** The limits application.yaml ships with. */
  static final LoginThrottle.Limits SHIPPED = new LoginThrottle.Limits(10, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

  @LocalServerPort int port;
  @Autowired LoginThrottle throttle;
  @Autowired IdentityService identity;
  @Autowired MeterRegistry registry;
  @Autowired JdbcTemplate jdbc;
  LoginThrottle.Limits suiteLimits;

  @BeforeEach
  void shippedLimits() {
    suiteLimits = throttle.limits();
    throttle.useLimits(SHIPPED);
  }

  @AfterEach
  void restore() {
    throttle.forgetAll();
    throttle.useLimits(suiteLimits);
    ClockUtil.reset();
  }

  @Test
  void tenWrongPasswordsFromOneAddressDoNotLockTheAdministrator() {
    double locks = count("ardesk.login.locks", "address");
    double unlocks = count("ardesk.login.unlocks", "address");
    for (int i = 0; i < 10; i++) {
      // through each entry in turn: the API and engine REST
      assertThat(basicFrom("127.0.0.5", i % 2 == 0 ? "/api/me" : "/engine-rest/task/count", "admin", "Wrong-Passw0rd-" + i))
          .isEqualTo(401);
    }
    // the administrator, from its own address, is not held back at all
    assertThat(basicFrom("127.0.0.6", "/api/me", "admin", ADMIN_PASSWORD)).isEqualTo(200);
    assertThat(new Http(port).as("admin", ADMIN_PASSWORD).get("/engine-rest/task/count").statusCode()).isEqualTo(200);
    assertThat(webappLogin("admin", ADMIN_PASSWORD)).isEqualTo(200);
    // Camunda's own lock was never written
    assertThat(jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = 'admin'", Integer.class)).isIn(null, 0);
    assertThat(jdbc.queryForObject("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = 'admin'", Date.class)).isNull();
    // the address that tried is refused for 15 minutes, even with the right password
    assertThat(count("ardesk.login.locks", "address")).isEqualTo(locks + 1);
    assertThat(basicFrom("127.0.0.5", "/api/me", "admin", ADMIN_PASSWORD)).isEqualTo(401);
    moveClock(Duration.ofMinutes(14));
    assertThat(basicFrom("127.0.0.5", "/api/me", "admin", ADMIN_PASSWORD)).isEqualTo(401);
    moveClock(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(basicFrom("127.0.0.5", "/api/me", "admin", ADMIN_PASSWORD)).isEqualTo(200);
    assertThat(count("ardesk.login.unlocks", "address")).isEqualTo(unlocks + 1);
  }

  @Test
  void aUserLockedByWrongPasswordsFromManyAddressesIsFreeAgainAfterFifteenMinutes() {
    String user = "lock-expiry-tester";
    String password = "Quiet-River-42x!";
    if (identity.createUserQuery().userId(user).count() == 0) {
      User created = identity.newUser(user);
      created.setPassword(password);
      identity.saveUser(created);
    }
    double locks = count("ardesk.login.locks", "user");
    double unlocks = count("ardesk.login.unlocks", "user");
    // at most 7 from each of three addresses: no address reaches its 10, the user reaches its 20 at the 20th
    for (int i = 0; i < 20; i++) {
      assertThat(basicFrom("127.0.0." + (21 + i % 3), "/engine-rest/task/count", user, "Wrong-Passw0rd-" + i)).isEqualTo(401);
    }
    assertThat(count("ardesk.login.locks", "user")).isEqualTo(locks + 1);
    // locked: the right password is refused from any address and on every entry, the webapps' login included
    assertThat(basicFrom("127.0.0.24", "/engine-rest/task/count", user, password)).isEqualTo(401);
    assertThat(new Http(port).as(user, password).get("/api/me").statusCode()).isEqualTo(401);
    assertThat(webappLogin(user, password)).isEqualTo(401);
    moveClock(Duration.ofMinutes(10));
    assertThat(basicFrom("127.0.0.24", "/engine-rest/task/count", user, password)).isEqualTo(401);
    // 15 minutes after the lock it expires by itself: nobody had to unlock it
    moveClock(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(basicFrom("127.0.0.24", "/engine-rest/task/count", user, password)).isEqualTo(200);
    assertThat(new Http(port).as(user, password).get("/api/me").statusCode()).isEqualTo(200);
    assertThat(count("ardesk.login.unlocks", "user")).isEqualTo(unlocks + 1);
  }

  @Test
  void anAdministratorMayLiftALockBeforeItExpires() {
    for (int i = 0; i < 10; i++) {
      basicFrom("127.0.0.51", "/api/me", "carol", "Wrong-Passw0rd-" + i);
    }
    assertThat(basicFrom("127.0.0.51", "/api/me", "carol", Http.demoPassword("carol"))).isEqualTo(401);
    Http admin = new Http(port).as("admin", ADMIN_PASSWORD);
    assertThat(admin.get("/api/admin/login-locks").body()).contains("{\"scope\":\"address\",\"key\":\"127.0.0.51\"");
    assertThat(new Http(port).asDemo("steve").send("DELETE", "/api/admin/login-locks/address?key=127.0.0.51", "")
        .statusCode()).as("only administrators").isEqualTo(403);
    double unlocks = count("ardesk.login.unlocks", "address");
    assertThat(admin.send("DELETE", "/api/admin/login-locks/address?key=127.0.0.51", "").statusCode()).isEqualTo(204);
    assertThat(count("ardesk.login.unlocks", "address")).isEqualTo(unlocks + 1);
    assertThat(basicFrom("127.0.0.51", "/api/me", "carol", Http.demoPassword("carol"))).isEqualTo(200);
    assertThat(admin.send("DELETE", "/api/admin/login-locks/address?key=127.0.0.51", "").statusCode()).isEqualTo(404);
  }

  @Test
  void locksAndUnlocksAreCountedInPrometheus() {
    for (int i = 0; i < 10; i++) {
      basicFrom("127.0.0.31", "/api/me", "nobody-known", "Wrong-Passw0rd-" + i);
    }
    String scrape = new Http(port).asDemo("olivia").get("/actuator/prometheus").body();
    assertThat(scrape).contains("ardesk_login_locks_total{scope=\"address\"}")
        .contains("ardesk_login_unlocks_total{scope=\"user\"}").contains("ardesk_login_locked{scope=\"address\"} 1.0");
  }

  private double count(String name, String scope) {
    return registry.get(name).tag("scope", scope).counter().count();
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.now().getTime() + by.toMillis()));
  }

  private int basicFrom(String address, String path, String user, String password) {
    return Http.statusFrom(address, port, path, Http.basic(user, password));
  }

  /** Logs in to Tasklist as a browser would: fetch the CSRF token, then post the form. */
  private int webappLogin(String user, String password) {
    Http browser = new Http(port);
    browser.get("/camunda/app/tasklist/default/");
    String token = browser.cookie("XSRF-TOKEN");
    return browser.post("/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", token).statusCode();
  }
}
