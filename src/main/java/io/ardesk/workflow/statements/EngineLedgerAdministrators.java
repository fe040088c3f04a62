package io.ardesk.workflow.statements;

import io.ardesk.statements.LedgerAdministrators;
import io.ardesk.workflow.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The members of {@code finance} as the engine's identity service knows them (looked up as the system). */
@Component
class EngineLedgerAdministrators implements LedgerAdministrators {
  private final IdentityService identity;
  private final SystemAccess system;

  EngineLedgerAdministrators(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  @Override
  public boolean isLedgerAdministrator(String userId) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    return system.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(GROUP).count() > 0);
  }
}
