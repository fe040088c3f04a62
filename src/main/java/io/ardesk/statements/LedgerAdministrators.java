package io.ardesk.statements;

/**
 * Who may record a customer's answer to a statement: members of {@code finance} (the ledger
 * administrators), looked up where the users are kept (the engine's identity service).
 */
public interface LedgerAdministrators {
  String GROUP = "finance";

  boolean isLedgerAdministrator(String userId);
}
