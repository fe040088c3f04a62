package io.ardesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Platform settings under {@code ardesk.*}.
 *
 * @param admin the administrator account (from {@code ARDESK_ADMIN_USER} / {@code ARDESK_ADMIN_PASSWORD})
 * @param demo demo data switches; unset, they follow the database (see {@link DemoMode})
 * @param secureCookies whether session and CSRF cookies carry the {@code Secure} flag
 * @param defaultCurrency ISO 4217 code used when neither document nor customer names one
 * @param maxRequestSize request bodies above this are refused with 413 (default 20 MB)
 */
@ConfigurationProperties("ardesk")
public record ArDeskProperties(Admin admin, Demo demo, boolean secureCookies, String defaultCurrency,
    DataSize maxRequestSize) {

  public ArDeskProperties {
    admin = admin == null ? new Admin("admin", "") : admin;
    demo = demo == null ? new Demo(null, null) : demo;
    defaultCurrency = defaultCurrency == null ? "CNY" : defaultCurrency;
    maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(20) : maxRequestSize;
  }

  public record Admin(String user, String password) {
    public Admin {
      user = user == null || user.isBlank() ? "admin" : user;
      password = password == null ? "" : password;
    }
  }

  /**
   * Explicit switches; null (not set) leaves the decision to {@link DemoMode}: on with the local H2
   * database, off with any other (PostgreSQL) database.
   *
   * @param users one demo user per group (README.md)
   * @param data the demo customers, invoices, cases and complaints of {@code demo/demo-data.yaml}
   */
  public record Demo(Boolean users, Boolean data) {}
}
