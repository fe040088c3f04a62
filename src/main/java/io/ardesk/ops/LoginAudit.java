package io.ardesk.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Every login is logged (logger {@code io.ardesk.login}: user, remote address, channel and outcome, never a
 * password) and counted ({@code ardesk_logins_total{channel,outcome}}):
 *
 * <ul>
 *   <li>{@code api}: HTTP Basic on {@code /api/**} and {@code /actuator/prometheus} (Spring Security's
 *       authentication events; HTTP Basic authenticates each request, so each request is a login);
 *   <li>{@code webapp}: the login form of Tasklist, Cockpit and Admin (Camunda's own login resource,
 *       whose answer tells success from failure).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class LoginAudit {
  static final Logger log = LoggerFactory.getLogger("io.ardesk.login");

  private final MeterRegistry registry;

  LoginAudit(MeterRegistry registry) {
    this.registry = registry;
    for (String channel : new String[] {"api", "webapp"}) {
      counter(channel, "success");
      counter(channel, "failure");
    }
  }

  @EventListener
  public void succeeded(AuthenticationSuccessEvent event) {
    record("api", "success", event.getAuthentication(), null);
  }

  @EventListener
  public void failed(AbstractAuthenticationFailureEvent event) {
    record("api", "failure", event.getAuthentication(), event.getException().getClass().getSimpleName());
  }

  void record(String channel, String outcome, Authentication authentication, String reason) {
    String remote = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
        : null;
    record(channel, outcome, authentication.getName(), remote, reason);
  }

  void record(String channel, String outcome, String user, String remote, String reason) {
    counter(channel, outcome).increment();
    if ("success".equals(outcome)) {
      log.info("Login succeeded: user={} remote={} channel={}", clean(user), clean(remote), channel);
    } else {
      log.warn("Login failed: user={} remote={} channel={} reason={}", clean(user), clean(remote), channel,
          reason == null ? "wrong user or password" : reason);
    }
  }

  private Counter counter(String channel, String outcome) {
    return Counter.builder("ardesk.logins").description("Logins by channel and outcome")
        .tag("channel", channel).tag("outcome", outcome).register(registry);
  }

  /** A user name as typed: no line breaks or control characters in the log, at most 100 characters. */
  static String clean(String text) {
    if (text == null) {
      return "-";
    }
    String printable = text.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
  }

  static String formField(byte[] body, String name) {
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The webapps' login: {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}} with form field {@code username}. */
  @Bean
  FilterRegistrationBean<Filter> webappLoginAudit() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
      @Override
      public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
          throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/")) {
          chain.doFilter(req, res);
          return;
        }
        // the login resource reads the form itself: keep a copy of what it read to name the user
        ContentCachingRequestWrapper copy = new ContentCachingRequestWrapper(request, 4096);
        chain.doFilter(copy, res);
        boolean ok = response.getStatus() >= 200 && response.getStatus() < 300;
        record("webapp", ok ? "success" : "failure", formField(copy.getContentAsByteArray(), "username"),
            request.getRemoteAddr(), ok ? null : "HTTP " + response.getStatus());
      }
    });
    registration.setName("ardesk-webapp-login-audit");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    return registration;
  }
}
