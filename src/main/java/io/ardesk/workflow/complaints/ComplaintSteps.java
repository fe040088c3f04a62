package io.ardesk.workflow.complaints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/** Open complaint tasks by step (the user task of the 13 steps each open complaint waits in). */
@Service
public class ComplaintSteps {
  static final String PROCESS = "complaint-handling";

  private final TaskService tasks;
  private final RepositoryService repository;

  ComplaintSteps(TaskService tasks, RepositoryService repository) {
    this.tasks = tasks;
    this.repository = repository;
  }

  /** Step name → open tasks, in step order (the task ids sort as Step01…Step13, the others after). */
  public Map<String, Long> openByStep() {
    List<Task> open = tasks.createTaskQuery().processDefinitionKey(PROCESS).list();
    Map<String, Long> byKey = new TreeMap<>();
    Map<String, String> names = new java.util.HashMap<>();
    for (Task task : open) {
      byKey.merge(task.getTaskDefinitionKey(), 1L, Long::sum);
      names.computeIfAbsent(task.getTaskDefinitionKey(), key -> {
        FlowElement element = repository.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(key);
        return element == null || element.getName() == null ? key : element.getName();
      });
    }
    var result = new LinkedHashMap<String, Long>();
    byKey.forEach((key, count) -> result.merge(names.get(key), count, Long::sum));
    return result;
  }
}
