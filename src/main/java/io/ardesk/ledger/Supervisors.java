package io.ardesk.ledger;

/**
 * Who may act as the second person of a four-eyes rule: a member of the {@code supervisor} group,
 * looked up where the users are kept (the engine's identity service; the ledger knows no engine).
 */
public interface Supervisors {
  String GROUP = "supervisor";

  boolean isSupervisor(String userId);

  /** Whether the user is a member of the group (e.g. {@code credit}, {@code finance}). */
  boolean isMemberOf(String userId, String group);

  /**
   * Refuses unless {@code approver} is a supervisor and not {@code requester}: the rule every
   * approval of the ledger, the credit review and complaint handling keeps.
   */
  default void checkSecondPerson(String approver, String requester) {
    if (approver == null || approver.isBlank()) {
      throw new ApprovalRefusedException("approver", "an approval needs the authenticated supervisor");
    }
    if (approver.equals(requester)) {
      throw new ApprovalRefusedException("approver",
          approver + " asked for this change and cannot approve it too: another supervisor must decide");
    }
    if (!isSupervisor(approver)) {
      throw new ApprovalRefusedException("approver", approver + " is not a member of the supervisor group");
    }
  }
}
