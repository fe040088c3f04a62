package io.ardesk.complaints;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ardesk.complaints.*}.
 *
 * @param firstResponseHours the first response (step 2 done) is due this many hours after receipt (docs/domain.md §10)
 * @param stepDueHours the other steps are due this many hours after their task is created
 * @param departmentGroups the Camunda group that records the preventive action of each department in step 12,
 *     by department key ({@code quality}, {@code logistics}, {@code warehouse}, {@code after-sales}, {@code finance})
 * @param defaultDepartmentGroup the group of a department not listed in {@code departmentGroups}
 * @param creditNoteApprovalAbove a credit note agreed at step 9 above this amount is posted only after a
 *     supervisor other than the salesperson who proposed it approves it
 */
@ConfigurationProperties("ardesk.complaints")
public record ComplaintProperties(
    @DefaultValue("24") int firstResponseHours,
    @DefaultValue("48") int stepDueHours,
    Map<String, String> departmentGroups,
    @DefaultValue("supervisor") String defaultDepartmentGroup,
    @DefaultValue("10000.00") java.math.BigDecimal creditNoteApprovalAbove) {

  public ComplaintProperties {
    departmentGroups = departmentGroups == null ? Map.of() : Map.copyOf(departmentGroups);
  }

  public String groupOf(Department department) {
    return departmentGroups.getOrDefault(department.key(), defaultDepartmentGroup);
  }
}
