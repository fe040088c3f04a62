package io.ardesk.config;

import java.util.Arrays;
import java.util.Optional;

/** The Camunda groups AR Desk works with (docs/domain.md §2), and the Spring Security role of each. */
public enum RoleGroup {
  SALES("sales", "Sales representatives", "Sales — open", true),
  FINANCE("finance", "Finance and ledger administrators", "Finance — open", true),
  CREDIT("credit", "Credit department and collectors", "Credit — open", true),
  SUPERVISOR("supervisor", "Collections and sales supervisors", "Supervisor — open", true),
  PROCESS_OWNER("process-owner", "Process owners", null, false);

  public static final String ADMIN_GROUP = "camunda-admin";

  private final String groupId;
  private final String groupName;
  private final String filterName;
  private final boolean worksTasks;

  RoleGroup(String groupId, String groupName, String filterName, boolean worksTasks) {
    this.groupId = groupId;
    this.groupName = groupName;
    this.filterName = filterName;
    this.worksTasks = worksTasks;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  /** Name of the Tasklist filter showing this group's open tasks, empty when the group has no tasks. */
  public Optional<String> filterName() {
    return Optional.ofNullable(filterName);
  }

  public boolean worksTasks() {
    return worksTasks;
  }

  /** Supervisors and process owners watch the processes in Cockpit; the others only use Tasklist. */
  public boolean opensCockpit() {
    return this == SUPERVISOR || this == PROCESS_OWNER;
  }

  public String role() {
    return "ROLE_" + name();
  }

  public static Optional<RoleGroup> ofGroupId(String groupId) {
    return Arrays.stream(values()).filter(g -> g.groupId.equals(groupId)).findFirst();
  }
}
