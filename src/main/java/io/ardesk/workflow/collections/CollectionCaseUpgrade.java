package io.ardesk.workflow.collections;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cases still running on a model before version tag 2 (the one that re-evaluated by terminating its
 * stage and listened to nine messages) cannot go on: their delegates and messages are gone, and no
 * migration plan maps nine message events onto one. After deployment each such instance is ended
 * ("upgraded") and the customer's case starts again on the current model: the domain case, its
 * stage, letters (never sent twice), promises and history stay; its open tasks are created anew once.
 * Cases on version 2 and later are migrated instead ({@code ProcessMigrations}).
 */
@Component
public class CollectionCaseUpgrade {

  private static final Logger log = LoggerFactory.getLogger(CollectionCaseUpgrade.class);
  public static final String REASON = "collection-case upgraded: the case goes on with the current model";

  private final RepositoryService repository;
  private final RuntimeService runtime;

  CollectionCaseUpgrade(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /**
   * Ends every case running on a model before version tag 2 and starts it again; answers how many.
   * Called at start-up by {@link io.ardesk.workflow.release.ProcessMigrations} before it migrates the
   * cases on later versions.
   */
  public int restartCasesOnOldModels() {
    Set<String> oldModels = repository.createProcessDefinitionQuery()
        .processDefinitionKey(CollectionCaseStarter.PROCESS).list().stream()
        .filter(CollectionCaseUpgrade::beforeTheLoop).map(ProcessDefinition::getId).collect(Collectors.toSet());
    int restarted = 0;
    for (String definitionId : oldModels) {
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(definitionId).list();
      for (ProcessInstance instance : running) {
        runtime.deleteProcessInstance(instance.getId(), REASON, true, true);
        runtime.startProcessInstanceByKey(CollectionCaseStarter.PROCESS, instance.getBusinessKey());
        log.info("Collection case {} ({}) restarted on the current collection-case model", instance.getBusinessKey(),
            instance.getId());
        restarted++;
      }
    }
    return restarted;
  }

  public static boolean beforeTheLoop(ProcessDefinition definition) {
    try {
      return definition.getVersionTag() == null || Integer.parseInt(definition.getVersionTag().strip()) < 2;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
