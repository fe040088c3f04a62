package io.ardesk.workflow.collections;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases still running on a model before version tag 2 (the one that re-evaluated by terminating its
 * stage and listened to nine messages) cannot go on: their delegates and messages are gone, and no
 * migration plan maps nine message events onto one. After deployment each such instance is ended
 * ("upgraded") and the customer's case starts again on the current model: the domain case, its
 * stage, letters (never sent twice), promises and history stay; its open tasks are created anew once.
 */
@Component
class CollectionCaseUpgrade {

  private static final Logger log = LoggerFactory.getLogger(CollectionCaseUpgrade.class);
  static final String REASON = "collection-case upgraded: the case goes on with the current model";

  private final RepositoryService repository;
  private final RuntimeService runtime;

  CollectionCaseUpgrade(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  @EventListener(PostDeployEvent.class)
  void afterDeployment() {
    int restarted = restartCasesOnOldModels();
    if (restarted > 0) {
      log.info("{} collection cases restarted on the current collection-case model", restarted);
    }
    int migrated = migrateLoopCasesToCurrentModel();
    if (migrated > 0) {
      log.info("{} collection cases migrated to the current collection-case model", migrated);
    }
  }

  /**
   * Cases running on an earlier model with the loop (version tag 2 or later, older than the current
   * tag) move to the current model by a migration plan that maps every activity with the same id:
   * the loop and every task stay as they are (same task ids, assignees, comments); the current
   * model only adds tasks. A plan the engine refuses leaves those cases where they are, logged.
   */
  int migrateLoopCasesToCurrentModel() {
    ProcessDefinition current = repository.createProcessDefinitionQuery()
        .processDefinitionKey(CollectionCaseStarter.PROCESS).latestVersion().singleResult();
    Integer currentTag = current == null ? null : tag(current);
    if (currentTag == null) {
      return 0;
    }
    int migrated = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
        .processDefinitionKey(CollectionCaseStarter.PROCESS).list()) {
      Integer tag = tag(definition);
      if (tag == null || tag < 2 || tag >= currentTag) {
        continue;
      }
      List<String> running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).list()
          .stream().map(ProcessInstance::getId).toList();
      if (running.isEmpty()) {
        continue;
      }
      try {
        MigrationPlan plan = runtime.createMigrationPlan(definition.getId(), current.getId()).mapEqualActivities()
            .build();
        runtime.newMigration(plan).processInstanceIds(running).execute();
        migrated += running.size();
      } catch (RuntimeException e) {
        log.warn("collection cases on {} (version tag {}) stay on it: {}", definition.getId(), tag, e.getMessage());
      }
    }
    return migrated;
  }

  private static Integer tag(ProcessDefinition definition) {
    try {
      return definition.getVersionTag() == null ? null : Integer.valueOf(definition.getVersionTag().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Ends every case running on a model before version tag 2 and starts it again; answers how many. */
  int restartCasesOnOldModels() {
    Set<String> oldModels = repository.createProcessDefinitionQuery()
        .processDefinitionKey(CollectionCaseStarter.PROCESS).list().stream()
        .filter(CollectionCaseUpgrade::beforeTheLoop).map(ProcessDefinition::getId).collect(Collectors.toSet());
    int restarted = 0;
    for (String definitionId : oldModels) {
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(definitionId).list();
      for (ProcessInstance instance : running) {
        runtime.deleteProcessInstance(instance.getId(), REASON, true, true);
        runtime.startProcessInstanceByKey(CollectionCaseStarter.PROCESS, instance.getBusinessKey());
        restarted++;
      }
    }
    return restarted;
  }

  static boolean beforeTheLoop(ProcessDefinition definition) {
    try {
      return definition.getVersionTag() == null || Integer.parseInt(definition.getVersionTag().strip()) < 2;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
