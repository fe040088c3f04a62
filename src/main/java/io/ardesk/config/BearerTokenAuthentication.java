package io.ardesk.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <API token>} on {@code /api/**}: the token's technical user with the roles of
 * the token's groups, no identity look-up ({@link ApiTokens}). A token unknown, revoked or expired answers
 * 401; requests without a bearer token go on to HTTP Basic.
 */
final class BearerTokenAuthentication extends OncePerRequestFilter {
  static final String BEARER = "Bearer ";

  private final ApiTokens tokens;

  BearerTokenAuthentication(ApiTokens tokens) {
    this.tokens = tokens;
  }

  static Optional<String> bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        ? Optional.of(header.substring(BEARER.length()).strip()) : Optional.empty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> secret = bearer(request);
    if (secret.isPresent()) {
      Optional<ApiTokens.Caller> caller = tokens.authenticate(secret.get());
      if (caller.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"AR Desk\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"The API token is unknown, revoked or expired.\"}");
        return;
      }
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get().userId(), null,
          roles(caller.get().groups())));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  /** The roles of a token's groups ({@code finance} → {@code ROLE_FINANCE}). */
  static List<GrantedAuthority> roles(List<String> groups) {
    List<GrantedAuthority> roles = new ArrayList<>();
    for (String group : groups) {
      RoleGroup.ofGroupId(group).ifPresent(role -> roles.add(new SimpleGrantedAuthority(role.role())));
    }
    return roles;
  }

  /**
   * Engine REST's authentication: a bearer token granted engine REST acts as its technical user with its groups
   * (given to the engine, so Camunda looks nothing up); anything else is Camunda's HTTP Basic.
   */
  static final class EngineRestFilter extends ProcessEngineAuthenticationFilter {
    private final ApiTokens tokens;

    EngineRestFilter(ApiTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public void init(jakarta.servlet.FilterConfig config) throws ServletException {
      super.init(config);
      AuthenticationProvider basic = authenticationProvider;
      authenticationProvider = new AuthenticationProvider() {
        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request,
            org.camunda.bpm.engine.ProcessEngine engine) {
          Optional<String> secret = bearer(request);
          if (secret.isEmpty()) {
            return basic.extractAuthenticatedUser(request, engine);
          }
          Optional<ApiTokens.Caller> caller = tokens.authenticate(secret.get()).filter(ApiTokens.Caller::engineRest);
          if (caller.isEmpty()) {
            return AuthenticationResult.unsuccessful();
          }
          AuthenticationResult result = AuthenticationResult.successful(caller.get().userId());
          result.setGroups(caller.get().groups());
          result.setTenants(List.of());
          return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response,
            org.camunda.bpm.engine.ProcessEngine engine) {
          basic.augmentResponseByAuthenticationChallenge(response, engine);
        }
      };
    }
  }
}
