package io.ardesk.workflow.release;

import io.ardesk.config.StartupLock;
import io.ardesk.workflow.collections.CollectionCaseUpgrade;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings running instances to the newest version of their process at start-up (README "Upgrading"):
 * collection cases on the model before the loop are restarted ({@link CollectionCaseUpgrade}); the
 * instances of every other older version are migrated by the process's plan ({@link MigrationPlans})
 * in a migration batch the job executors of all nodes work off. Instances waiting in an activity the
 * plan does not map stay where they are; every decision is written to {@code process_migration}
 * (reason included) and logged, and {@code GET /api/operations/migrations} shows it with the
 * batches' failed jobs.
 *
 * <p>Planning is a start-up step under the {@link StartupLock}: nodes starting together plan one after
 * the other, and an instance already handed to a migration batch that still runs is skipped (table
 * {@code process_migration_instance}), so no instance is in two batches. A node of an older release
 * ({@link ProcessResourcesDeployment#olderRelease()}) plans nothing.
 */
@Component
public class ProcessMigrations {

  private static final Logger log = LoggerFactory.getLogger(ProcessMigrations.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final CollectionCaseUpgrade collectionCaseUpgrade;
  private final JdbcTemplate jdbc;
  private final boolean onStartUp;
  private final StartupLock startupLock;
  private final ProcessResourcesDeployment deployment;

  ProcessMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management,
      CollectionCaseUpgrade collectionCaseUpgrade, JdbcTemplate jdbc, StartupLock startupLock,
      ProcessResourcesDeployment deployment, @Value("${ardesk.migration.on-start-up:true}") boolean onStartUp) {
    this.startupLock = startupLock;
    this.deployment = deployment;
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.collectionCaseUpgrade = collectionCaseUpgrade;
    this.jdbc = jdbc;
    this.onStartUp = onStartUp;
  }

  /** One line of the report: what happened to the instances of one older version (or to one instance). */
  public record Entry(long id, LocalDateTime recordedAt, String processKey, String sourceDefinitionId,
      String sourceVersionTag, String targetDefinitionId, String targetVersionTag, String outcome, int instances,
      String processInstanceId, String businessKey, String activityIds, String reason, String batchId) {}

  /** A migration job that failed: the instance stays on its old version until the job is retried. */
  public record FailedJob(String batchId, String jobId, String processInstanceId, int retriesLeft, String message) {}

  /** What {@link #migrateAll()} did in this call. */
  public record Result(int restarted, int handedToBatches, int notMigrated, List<String> batchIds) {}

  @EventListener(ApplicationReadyEvent.class)
  void onStartUp() {
    if (onStartUp) {
      if (deployment.olderRelease()) {
        log.warn("This node runs an older release than the deployed models: it migrates no process instances");
        return;
      }
      Result result = migrateAll();
      if (result.restarted() + result.handedToBatches() + result.notMigrated() > 0) {
        log.info("Process migration at start-up: {} restarted, {} migrating in batches {}, {} not migrated"
            + " (GET /api/operations/migrations)", result.restarted(), result.handedToBatches(), result.batchIds(),
            result.notMigrated());
      }
    }
  }

  /**
   * Restarts pre-loop collection cases and hands the instances of every older process version to a
   * migration batch towards the newest version; answers what it did. One node at a time plans (the
   * {@link StartupLock}); instances in a batch that still runs are left to it.
   */
  public Result migrateAll() {
    return startupLock.holding("process migration", this::plan);
  }

  private Result plan() {
    Set<String> running = new HashSet<>();
    for (Batch batch : management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list()) {
      running.add(batch.getId());
    }
    List<String> known = jdbc.queryForList("select distinct batch_id from process_migration_instance", String.class);
    for (String batchId : known) {
      if (!running.contains(batchId)) {
        jdbc.update("delete from process_migration_instance where batch_id = ?", batchId);
      }
    }
    Set<String> inBatches = new HashSet<>(jdbc.queryForList(
        "select process_instance_id from process_migration_instance", String.class));
    int restarted = restartPreLoopCases();
    int handed = 0;
    int refused = 0;
    List<String> batches = new ArrayList<>();
    for (ProcessDefinition target : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
          .list()) {
        if (source.getVersion() >= target.getVersion()
            || runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count() == 0) {
          continue;
        }
        Outcome outcome = migrate(source, target, inBatches);
        handed += outcome.handed();
        refused += outcome.notMigrated();
        if (outcome.batchId() != null) {
          batches.add(outcome.batchId());
        }
      }
    }
    return new Result(restarted, handed, refused, batches);
  }

  private record Outcome(int handed, int notMigrated, String batchId) {}

  private int restartPreLoopCases() {
    List<ProcessDefinition> preLoop = repository.createProcessDefinitionQuery().processDefinitionKey("collection-case")
        .list().stream().filter(CollectionCaseUpgrade::beforeTheLoop).toList();
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey("collection-case")
        .latestVersion().singleResult();
    int restarted = 0;
    for (ProcessDefinition source : preLoop) {
      long running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
      if (running > 0 && latest != null && !latest.getId().equals(source.getId())) {
        record(source, latest, "RESTARTED", (int) running, null, null, null,
            "the model before the loop cannot be mapped (nine message events became one): the case was ended and"
                + " started again on the new version; its stage, letters, promises and history stay", null);
      }
    }
    if (!preLoop.isEmpty()) {
      restarted = collectionCaseUpgrade.restartCasesOnOldModels();
    }
    return restarted;
  }

  private Outcome migrate(ProcessDefinition source, ProcessDefinition target, Set<String> inBatches) {
    MigrationPlan plan;
    try {
      plan = MigrationPlans.plan(runtime.createMigrationPlan(source.getId(), target.getId()), target.getKey()).build();
    } catch (MigrationPlanValidationException e) {
      int running = (int) runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
      log.warn("No migration plan from {} to {}: {}", source.getId(), target.getId(), e.getMessage());
      record(source, target, "PLAN_REFUSED", running, null, null, null, "the engine refused the plan: "
          + e.getMessage(), null);
      return new Outcome(0, running, null);
    }
    Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
        .collect(Collectors.toSet());
    Set<String> unmapped = new LinkedHashSet<>();
    for (FlowNode node : repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class)) {
      if (!mapped.contains(node.getId())) {
        unmapped.add(node.getId());
      }
    }
    Set<String> stay = new HashSet<>();
    if (!unmapped.isEmpty()) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
          .activityIdIn(unmapped.toArray(String[]::new)).list()) {
        Set<String> where = new LinkedHashSet<>(runtime.getActiveActivityIds(instance.getId()));
        where.retainAll(unmapped);
        stay.add(instance.getId());
        String activities = String.join(",", where);
        log.warn("Process instance {} ({}, {}) stays on {}: it waits in {}, which the plan to version tag {} does not map",
            instance.getId(), source.getKey(), instance.getBusinessKey(), source.getId(), activities,
            target.getVersionTag());
        record(source, target, "NOT_MIGRATED", 1, instance.getId(), instance.getBusinessKey(), activities,
            "waits in " + activities + ", which the new version has no activity of the same id for and "
                + "MigrationPlans maps nowhere", null);
      }
    }
    List<String> migrating = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
        .map(ProcessInstance::getId).filter(id -> !stay.contains(id) && !inBatches.contains(id)).toList();
    if (migrating.isEmpty()) {
      return new Outcome(0, stay.size(), null);
    }
    Batch batch = runtime.newMigration(plan).processInstanceIds(migrating).skipCustomListeners().skipIoMappings()
        .executeAsync();
    log.info("{} instances of {} ({}) migrating to {} ({}) in batch {}", migrating.size(), source.getId(),
        source.getVersionTag(), target.getId(), target.getVersionTag(), batch.getId());
    jdbc.batchUpdate("insert into process_migration_instance (process_instance_id, batch_id) values (?, ?)",
        migrating.stream().map(id -> new Object[] {id, batch.getId()}).toList());
    record(source, target, "MIGRATING", migrating.size(), null, null, null, null, batch.getId());
    return new Outcome(migrating.size(), stay.size(), batch.getId());
  }

  private void record(ProcessDefinition source, ProcessDefinition target, String outcome, int instances,
      String instanceId, String businessKey, String activities, String reason, String batchId) {
    jdbc.update("""
        insert into process_migration (recorded_at, process_key, source_definition_id, source_version_tag,
            target_definition_id, target_version_tag, outcome, instances, process_instance_id, business_key,
            activity_ids, reason, batch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        Timestamp.valueOf(LocalDateTime.now()), source.getKey(), source.getId(), source.getVersionTag(),
        target.getId(), target.getVersionTag(), outcome, instances, instanceId, businessKey,
        cut(activities, 1000), cut(reason, 2000), batchId);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  /** The newest report lines first (at most {@code limit}). */
  public List<Entry> report(int limit) {
    return jdbc.query("""
        select id, recorded_at, process_key, source_definition_id, source_version_tag, target_definition_id,
               target_version_tag, outcome, instances, process_instance_id, business_key, activity_ids, reason, batch_id
          from process_migration order by id desc""", (rs, row) -> new Entry(rs.getLong(1),
        rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12),
        rs.getString(13), rs.getString(14))).stream().limit(limit).toList();
  }

  /** Migration jobs of running batches that failed, with the engine's reason. */
  public List<FailedJob> failedJobs() {
    List<FailedJob> failed = new ArrayList<>();
    for (Batch batch : management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list()) {
      Collection<Job> jobs = management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId())
          .withException().list();
      for (Job job : jobs) {
        failed.add(new FailedJob(batch.getId(), job.getId(), job.getProcessInstanceId(), job.getRetries(),
            job.getExceptionMessage()));
      }
    }
    return failed;
  }
}
