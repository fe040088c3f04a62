package io.ardesk.workflow.release;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;

/**
 * The migration plan of each process, kept with the code (README "Upgrading"): every wait state of
 * the older version is mapped to the activity of the same id in the new version
 * ({@code mapEqualActivities}); a timer or message catch keeps waiting with its due date and message
 * name: event triggers are not re-evaluated, because timer dates read variables that exist only while
 * the step that sets them runs (the collection case's {@code lookAgainDate} is transient); where a release renames or replaces a wait state, its mapping is listed
 * here, per process, as {@code from → to}. A wait state neither mapped by id nor listed here keeps
 * its instances on the old version, and the start-up report says which and why.
 */
public final class MigrationPlans {

  /** An activity of an older version that continues as another activity of the new version. */
  public record Mapping(String from, String to) {}

  /**
   * Explicit mappings, per process key. All wait states of the current versions keep the ids of their
   * previous versions, so the lists are empty; a release that renames one adds it here (and a test
   * copy of the previous model under src/test/resources/previous-versions/).
   */
  static final Map<String, List<Mapping>> EXPLICIT = Map.ofEntries(
      Map.entry("collection-case", List.<Mapping>of()),
      Map.entry("collections-run", List.<Mapping>of()),
      Map.entry("complaint-handling", List.<Mapping>of()),
      Map.entry("credit-change-approval", List.<Mapping>of()),
      Map.entry("customer-credit-review", List.<Mapping>of()),
      Map.entry("order-to-cash", List.<Mapping>of()),
      Map.entry("payment-extension", List.<Mapping>of()),
      Map.entry("write-off-approval", List.<Mapping>of()),
      Map.entry("credit-note-approval", List.<Mapping>of()),
      Map.entry("statement-confirmation", List.<Mapping>of()),
      Map.entry("problem-receivable-support", List.<Mapping>of()),
      Map.entry("credit-review-scan", List.<Mapping>of()),
      Map.entry("letter-not-sent", List.<Mapping>of()));

  private MigrationPlans() {}

  /** The plan from an older version of the process to its new version. */
  static MigrationPlanBuilder plan(MigrationPlanBuilder builder, String processKey) {
    MigrationPlanBuilder plan = builder.mapEqualActivities();
    for (Mapping mapping : EXPLICIT.getOrDefault(processKey, List.of())) {
      plan = plan.mapActivities(mapping.from(), mapping.to()).updateEventTrigger();
    }
    return plan;
  }
}
