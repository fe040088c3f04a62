package io.ardesk.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Cockpit and Tasklist plugins read {@code /api} as the user logged in to the webapps: a
 * GET (or HEAD) without an Authorization header whose session holds a Camunda webapp login for the
 * engine is authenticated as that user, with the roles of the user's groups as they are now. Every
 * other method still needs HTTP Basic: the session never authorises a write, so the API needs no
 * CSRF token.
 */
final class WebappSessionAuthentication extends OncePerRequestFilter {
  private final IdentityService identityService;
  private final String engineName;

  WebappSessionAuthentication(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    HttpSession session = request.getSession(false);
    if (session != null && ("GET".equals(method) || "HEAD".equals(method))
        && request.getHeader("Authorization") == null
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
      Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engineName);
      String user = login == null ? null : login.getName();
      if (user != null && identityService.createUserQuery().userId(user).count() == 1) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
            SecurityConfig.rolesOf(identityService, user)));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
