package io.ardesk.workflow.statements;

import io.ardesk.statements.LedgerAdministrators;
import io.ardesk.workflow.GroupMembership;
import org.springframework.stereotype.Component;

/** The members of {@code finance} as the engine knows them ({@link GroupMembership}). */
@Component
class EngineLedgerAdministrators implements LedgerAdministrators {
  private final GroupMembership membership;

  EngineLedgerAdministrators(GroupMembership membership) {
    this.membership = membership;
  }

  @Override
  public boolean isLedgerAdministrator(String userId) {
    return membership.isMemberOfAny(userId, GROUP);
  }
}
