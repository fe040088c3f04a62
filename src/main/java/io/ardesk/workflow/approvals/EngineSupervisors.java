package io.ardesk.workflow.approvals;

import io.ardesk.ledger.Supervisors;
import io.ardesk.workflow.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The members of {@code supervisor} as the engine's identity service knows them. Looked up without
 * the caller's authorizations (who may list users is a separate rule), so a supervisor who may not
 * read users is still recognised.
 */
@Component
class EngineSupervisors implements Supervisors {
  private final IdentityService identity;
  private final SystemAccess system;

  EngineSupervisors(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  @Override
  public boolean isSupervisor(String userId) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    return system.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(GROUP).count() > 0);
  }
}
