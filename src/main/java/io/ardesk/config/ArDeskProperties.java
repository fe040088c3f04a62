package io.ardesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings under {@code ardesk.*}.
 *
 * @param admin the administrator account (from {@code ARDESK_ADMIN_USER} / {@code ARDESK_ADMIN_PASSWORD})
 * @param demo demo data switches (on in local mode, off in the {@code postgres} profile)
 * @param secureCookies whether session and CSRF cookies carry the {@code Secure} flag
 * @param defaultCurrency ISO 4217 code used when neither document nor customer names one
 */
@ConfigurationProperties("ardesk")
public record ArDeskProperties(Admin admin, Demo demo, boolean secureCookies, String defaultCurrency) {

  public ArDeskProperties {
    admin = admin == null ? new Admin("admin", "") : admin;
    demo = demo == null ? new Demo(false, false) : demo;
    defaultCurrency = defaultCurrency == null ? "CNY" : defaultCurrency;
  }

  public record Admin(String user, String password) {
    public Admin {
      user = user == null || user.isBlank() ? "admin" : user;
      password = password == null ? "" : password;
    }
  }

  /**
   * @param users one demo user per group (README.md)
   * @param data the demo customers, invoices, cases and complaints of {@code demo/demo-data.yaml}
   */
  public record Demo(boolean users, boolean data) {}
}
