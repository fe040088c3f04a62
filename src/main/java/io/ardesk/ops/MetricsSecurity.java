package io.ardesk.ops;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator/prometheus} takes HTTP Basic: members of {@code process-owner} (and administrators)
 * with their AR Desk password, or the scrape user {@code ardesk.metrics.scrape-user} /
 * {@code scrape-password} (a Prometheus server's credentials, not a Camunda user; off while unset).
 * Without credentials 401, other groups 403.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsSecurity {

  static final String SCRAPER = "METRICS_SCRAPER";

  @Bean
  @Order(0)
  SecurityFilterChain metricsScrape(HttpSecurity http, @Value("${ardesk.metrics.scrape-user:}") String scrapeUser,
      @Value("${ardesk.metrics.scrape-password:}") String scrapePassword) throws Exception {
    return http.securityMatcher("/actuator/prometheus")
        .authenticationProvider(new ScrapeUser(scrapeUser, scrapePassword))
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("PROCESS_OWNER", "ADMIN", SCRAPER))
        .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
          response.setHeader("WWW-Authenticate", "Basic realm=\"AR Desk\"");
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }))
        .exceptionHandling(errors -> errors.accessDeniedHandler(
            (request, response, e) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** The scrape user's name and password from the configuration; anyone else goes on to the AR Desk users. */
  record ScrapeUser(String user, String password) implements AuthenticationProvider {
    @Override
    public Authentication authenticate(Authentication authentication) {
      if (user.isBlank() || password.isBlank() || !user.equals(authentication.getName())) {
        return null;
      }
      Object given = authentication.getCredentials();
      if (given == null || !MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
          given.toString().getBytes(StandardCharsets.UTF_8))) {
        throw new BadCredentialsException("Wrong scrape password");
      }
      return UsernamePasswordAuthenticationToken.authenticated(user, null,
          List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }
}
