package io.ardesk.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Whether a user belongs to a Camunda group, as the engine's identity service knows it. Looked up as
 * the system (who may list users is a separate rule), so a member who may not read users is still
 * recognised. The domain's ports (supervisors, ledger administrators, the credit department) ask here.
 */
@Component
public class GroupMembership {
  private final IdentityService identity;
  private final SystemAccess system;

  GroupMembership(IdentityService identity, SystemAccess system) {
    this.identity = identity;
    this.system = system;
  }

  /** True when the user is a member of at least one of the groups; false for no user. */
  public boolean isMemberOfAny(String userId, String... groupIds) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    return system.call(() -> java.util.Arrays.stream(groupIds)
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }
}
