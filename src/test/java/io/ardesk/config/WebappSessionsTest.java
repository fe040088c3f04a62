package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webapps' sessions are in the database: a user logs in to Cockpit as a browser does (CSRF token
 * first, then the form), the session cookie carries the login to the next request, the CSRF check
 * still guards a state-changing request, and a second session store on the same database — what
 * another node, or this one after a restart, has — reads the login and the CSRF token; a request
 * without the token ends the session (Camunda's CSRF filter) for that store too.
 */
@IntegrationTest
class WebappSessionsTest {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  /** A browser's cookie jar for this one host: the last value of each cookie sent back on every request. */
  final Map<String, String> cookies = new LinkedHashMap<>();
  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1).strip());
    }
    return response;
  }

  @Test
  void aCockpitLoginAndItsCsrfTokenAreReadFromTheDatabaseByAnotherNode() throws Exception {
    send("GET", "/camunda/app/cockpit/default/", null, null);
    String loginToken = cookies.get("XSRF-TOKEN");
    assertThat(loginToken).as("CSRF cookie before the login").isNotBlank();
    HttpResponse<String> login = send("POST", "/camunda/api/admin/auth/user/default/login/cockpit",
        "application/x-www-form-urlencoded", "username=steve&password="
            + URLEncoder.encode(Http.demoPassword("steve"), StandardCharsets.UTF_8), "X-XSRF-TOKEN", loginToken);
    assertThat(login.statusCode()).isEqualTo(200);

    HttpResponse<String> me = send("GET", "/camunda/api/admin/auth/user/default", null, null);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"steve\"");
    String token = cookies.get("XSRF-TOKEN");
    assertThat(send("POST", "/camunda/api/engine/engine/default/process-instance/count", "application/json", "{}",
        "X-XSRF-TOKEN", token).statusCode()).as("a POST with the session's CSRF token").isEqualTo(200);

    String sessionId = new String(Base64.getDecoder().decode(cookies.get("SESSION")), StandardCharsets.UTF_8);
    assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where SESSION_ID = ?", Integer.class,
        sessionId)).as("the session is a row in the database").isEqualTo(1);

    // another node's session store: its own repository on the same database
    JdbcIndexedSessionRepository otherNode = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
        new TransactionTemplate(transactions));
    Session session = otherNode.findById(sessionId);
    assertThat(session).as("the session, read from the database").isNotNull();
    Authentications authentications = session.getAttributeNames().stream().map(session::getAttribute)
        .filter(Authentications.class::isInstance).map(Authentications.class::cast).findFirst().orElseThrow();
    assertThat(authentications.getAuthenticationForProcessEngine("default").getIdentityId()).isEqualTo("steve");
    assertThat((String) session.getAttribute("CAMUNDA_CSRF_TOKEN")).isEqualTo(token);
    assertThat(send("POST", "/camunda/api/engine/engine/default/process-instance/count", "application/json", "{}")
        .statusCode()).as("the same POST without it").isEqualTo(403);
    // Camunda's CSRF filter ends the session of a request without the token: on every node at once
    assertThat(otherNode.findById(sessionId)).as("the refused POST ended the session").isNull();
    assertThat(send("GET", "/camunda/api/admin/auth/user/default", null, null).statusCode()).isNotEqualTo(200);
  }
}
