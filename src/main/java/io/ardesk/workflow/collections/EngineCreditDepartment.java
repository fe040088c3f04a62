package io.ardesk.workflow.collections;

import io.ardesk.collections.CreditDepartment;
import io.ardesk.workflow.GroupMembership;
import org.springframework.stereotype.Component;

/** The members of {@code credit}, and administrators, as the engine knows them ({@link GroupMembership}). */
@Component
class EngineCreditDepartment implements CreditDepartment {
  private final GroupMembership membership;

  EngineCreditDepartment(GroupMembership membership) {
    this.membership = membership;
  }

  @Override
  public boolean isMember(String userId) {
    return membership.isMemberOfAny(userId, GROUP, "camunda-admin");
  }
}
