package io.ardesk.workflow;

import io.ardesk.language.TeamLanguage;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * No task of any process fails on the engine's column sizes: a name built from a 200-character
 * customer name and a list of warnings is cut at 255 characters, a description at 4,000, when the task
 * is created (the first listener of every user task). Before it, the tasks {@link TaskNames} knows
 * are named in the team's language.
 */
@Component
public class EngineLimitsPlugin extends AbstractProcessEnginePlugin {

  static final TaskListener CLIP = task -> {
    task.setName(EngineText.clip(task.getName(), EngineText.NAME_LIMIT));
    task.setDescription(EngineText.clip(task.getDescription(), EngineText.TEXT_LIMIT));
  };

  private final TeamLanguage language;

  public EngineLimitsPlugin(TeamLanguage language) {
    this.language = language;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        TaskListener name = TaskNames.listenerFor(processKey, activity.getId(), language);
        if (name != null) {
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, name);
        }
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CLIP);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
