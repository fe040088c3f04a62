package io.ardesk.workflow.approvals;

import io.ardesk.ledger.Supervisors;
import io.ardesk.workflow.GroupMembership;
import org.springframework.stereotype.Component;

/** The members of {@code supervisor} as the engine knows them ({@link GroupMembership}). */
@Component
class EngineSupervisors implements Supervisors {
  private final GroupMembership membership;

  EngineSupervisors(GroupMembership membership) {
    this.membership = membership;
  }

  @Override
  public boolean isSupervisor(String userId) {
    return membership.isMemberOfAny(userId, GROUP);
  }

  @Override
  public boolean isMemberOf(String userId, String group) {
    return membership.isMemberOfAny(userId, group);
  }
}
