package io.ardesk.workflow;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * History level {@code ardesk-audit} ({@code camunda.bpm.history-level}): Camunda's {@code audit}
 * (process, activity, task and variable instances) plus what an audit trail needs — the <b>user
 * operation log</b> (who completed, claimed, assigned a task, modified or migrated an instance, retried
 * a job, set a variable), the <b>decision instances</b> with their inputs and outputs (credit, order and
 * extension decisions), <b>incidents</b>, the <b>job log</b>, task candidates (identity links) and
 * batches. Not kept: every intermediate value of a variable ({@code ACT_HI_DETAIL}), which {@code full}
 * writes at each change and which is most of {@code full}'s volume. Every row gets its removal time
 * from its root process instance (strategy {@code start}) and the history cleanup removes it after
 * the process's time to live (docs/benchmarks.md has the volume per case and year).
 */
@Component
public class AuditHistoryLevel extends HistoryLevelAudit {

  public static final String NAME = "ardesk-audit";
  /** Above Camunda's own ids (0 none, 1 activity, 2 audit, 3 full). */
  public static final int ID = 25;

  private static final Set<HistoryEventTypes> KEPT = EnumSet.of(
      HistoryEventTypes.USER_OPERATION_LOG,
      HistoryEventTypes.DMN_DECISION_EVALUATE,
      HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_DELETE,
      HistoryEventTypes.INCIDENT_RESOLVE, HistoryEventTypes.INCIDENT_UPDATE,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_FAIL, HistoryEventTypes.JOB_SUCCESS,
      HistoryEventTypes.JOB_DELETE,
      HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE,
      HistoryEventTypes.BATCH_START, HistoryEventTypes.BATCH_END, HistoryEventTypes.BATCH_UPDATE);

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return super.isHistoryEventProduced(eventType, entity)
        || eventType instanceof HistoryEventTypes type && KEPT.contains(type);
  }

  /** Registers the level with the engine before it reads {@code camunda.bpm.history-level}. */
  @Component
  static class Registration extends AbstractProcessEnginePlugin {
    private final AuditHistoryLevel level;

    Registration(AuditHistoryLevel level) {
      this.level = level;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getCustomHistoryLevels() == null) {
        configuration.setCustomHistoryLevels(new java.util.ArrayList<>());
      }
      if (configuration.getCustomHistoryLevels().stream().noneMatch(l -> l.getId() == ID)) {
        configuration.getCustomHistoryLevels().add(level);
      }
    }
  }
}
