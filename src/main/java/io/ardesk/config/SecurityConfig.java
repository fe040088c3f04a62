package io.ardesk.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>{@code /api/**}, the application's own API: HTTP Basic against the Camunda identity; each
 *       Camunda group becomes a role ({@code credit} → {@code ROLE_CREDIT}), controllers check roles.
 *   <li>Both also take {@code Authorization: Bearer} with an API token ({@link ApiTokens}): on engine REST
 *       only a token granted it.
 *   <li>{@code /engine-rest/**}: HTTP Basic through Camunda's own filter, so engine authorizations apply.
 *   <li>Everything else (Tasklist, Cockpit, Admin) keeps the webapps' own login and CSRF protection.
 *   <li>{@code GET /api/**} also accepts the session of a user logged in to the webapps
 *       ({@link WebappSessionAuthentication}), so the Cockpit and Tasklist plugins read with the user's
 *       own rights; writes still need HTTP Basic, so no session cookie can be forged into a write.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService,
      org.camunda.bpm.engine.ProcessEngine engine, ApiTokens tokens) throws Exception {
    return http.securityMatcher("/api/**")
        .addFilterBefore(new BearerTokenAuthentication(tokens),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .addFilterBefore(new WebappSessionAuthentication(identityService, engine.getName()),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            // the API never logs a session in; a webapp session it reads keeps its id (changing it would
            // log the user's other requests out of Tasklist or Cockpit)
            .sessionFixation(fixation -> fixation.none()))
        // stateless HTTP Basic clients (ERPs, scripts) carry no session cookie to forge
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappsAndEngineRest(HttpSecurity http) throws Exception {
    return http.securityMatcher("/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // the Camunda webapps run their own CSRF filter and security headers; engine REST is HTTP Basic
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }

  /** Checks the password against the Camunda identity service and maps groups to roles. */
  @Bean
  AuthenticationProvider camundaIdentityAuthentication(IdentityService identityService) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || credentials == null || !identityService.checkPassword(user, credentials.toString())) {
          throw new BadCredentialsException("Unknown user or wrong password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, rolesOf(identityService, user));
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  /** The user's Camunda groups as roles ({@code credit} → {@code ROLE_CREDIT}, {@code camunda-admin} → ADMIN). */
  static List<GrantedAuthority> rolesOf(IdentityService identityService, String user) {
    List<GrantedAuthority> roles = new ArrayList<>();
    for (Group group : identityService.createGroupQuery().groupMember(user).list()) {
      if (RoleGroup.ADMIN_GROUP.equals(group.getId())) {
        roles.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
      }
      RoleGroup.ofGroupId(group.getId()).ifPresent(role -> roles.add(new SimpleGrantedAuthority(role.role())));
    }
    return roles;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ApiTokens tokens) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BearerTokenAuthentication.EngineRestFilter(tokens));
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  private static AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
        "Log in with HTTP Basic: an AR Desk user name and password.", exception);
  }

  private static AccessDeniedHandler forbidden() {
    return (request, response, exception) -> problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
        "Your groups do not allow this request.", null);
  }

  private static void problem(HttpServletResponse response, int status, String title, String detail,
      AuthenticationException cause) throws IOException {
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"AR Desk\"");
    }
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\"}");
  }
}
