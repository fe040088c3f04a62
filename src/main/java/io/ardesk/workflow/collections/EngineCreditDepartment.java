package io.ardesk.workflow.collections;

import io.ardesk.collections.CreditDepartment;
import io.ardesk.workflow.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The members of {@code credit} (and administrators) as the engine's identity service knows them. */
@Component
class EngineCreditDepartment implements CreditDepartment {
  private final IdentityService identity;
  private final SystemAccess system;

  EngineCreditDepartment(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  @Override
  public boolean isMember(String userId) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    return system.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(GROUP).count() > 0
        || identity.createUserQuery().userId(userId).memberOfGroup("camunda-admin").count() > 0);
  }
}
