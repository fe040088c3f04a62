package io.ardesk.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's database identity with {@link LoginThrottle} in place of Camunda's own lockout. Camunda locks a
 * user for good after {@code loginMaxAttempts} wrong passwords (only an administrator unlocks it), so anyone
 * who can reach the server could lock out the administrator. Here every password check made for an HTTP
 * request (HTTP Basic on {@code /api} and engine REST, the webapps' login) asks the throttle first, by user and
 * by the request's address, and tells it the outcome; Camunda's attempts and lock columns are neither
 * written nor read. Checks made outside a request (start-up) are not throttled.
 */
public class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;

  ThrottledIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    String address = requestAddress();
    if (address == null || userId == null || userId.isEmpty()) {
      return super.checkPassword(userId, password);
    }
    if (throttle.refusedUntil(userId, address).isPresent()) {
      return false;
    }
    boolean right = super.checkPassword(userId, password);
    if (right) {
      throttle.succeeded(userId);
    } else {
      throttle.failed(userId, address);
    }
    return right;
  }

  @Override
  protected boolean isUserLocked(UserEntity user) {
    return false;
  }

  @Override
  protected void lockUser(UserEntity user) {
    // the throttle counts; no lock is written to the user
  }

  private static final ThreadLocal<String> REQUEST_ADDRESS = new ThreadLocal<>();

  /** The address of the HTTP request this thread serves, null outside a request. */
  static String requestAddress() {
    return REQUEST_ADDRESS.get();
  }

  /**
   * Notes the request's address for the password checks it leads to, before any filter that authenticates
   * (Spring's request context is set only after Spring Security's filters).
   */
  @Configuration(proxyBeanMethods = false)
  static class RequestAddress {
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> loginAddressFilter() {
      FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
          REQUEST_ADDRESS.set(request.getRemoteAddr());
          try {
            chain.doFilter(request, response);
          } finally {
            REQUEST_ADDRESS.remove();
          }
        }
      });
      registration.setName("ardesk-login-address");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }

  /** Puts the throttled identity provider in the engine. */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {
    private final LoginThrottle throttle;

    Plugin(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setIdentityProviderSessionFactory(new SessionFactory() {
        @Override
        public Class<?> getSessionType() {
          return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
          return new ThrottledIdentityProvider(throttle);
        }
      });
    }
  }
}
