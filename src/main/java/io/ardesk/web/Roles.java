package io.ardesk.web;

import org.springframework.security.core.Authentication;

/** Who may call what on the ledger API; expressions for {@code @PreAuthorize}. */
final class Roles {
  /** Reading: every role group. */
  static final String READ =
      "hasAnyRole('SALES','FINANCE','CREDIT','SUPERVISOR','PROCESS_OWNER','ADMIN')";
  /** Customers are written by sales and credit; their credit fields only by credit. */
  static final String WRITE_CUSTOMERS = "hasAnyRole('SALES','CREDIT','ADMIN')";
  static final String WRITE_CREDIT = "hasAnyRole('CREDIT','ADMIN')";
  /** Ledger documents are written by finance. */
  static final String WRITE_DOCUMENTS = "hasAnyRole('FINANCE','ADMIN')";
  static final String WRITE_EXCHANGE_RATES = "hasAnyRole('FINANCE','CREDIT','ADMIN')";

  private Roles() {}

  static boolean mayWriteCreditFields(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_CREDIT") || a.getAuthority().equals("ROLE_ADMIN"));
  }
}
