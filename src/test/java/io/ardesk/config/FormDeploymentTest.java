package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every file in the top-level forms/ folder is deployed and resolves through camunda:formRef. */
@IntegrationTest
class FormDeploymentTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

  @Test
  void everyFormInTheFormsFolderIsDeployedAndResolvesByFormRef() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).isNotEmpty();
    for (Path form : forms) {
      String formId = new ObjectMapper().readTree(form.toFile()).get("id").asText();
      BpmnModelInstance model = Bpmn.createExecutableProcess("form-check-" + formId).camundaHistoryTimeToLive(1)
          .startEvent().userTask("Task_Check").camundaFormRef(formId).camundaFormRefBinding("latest")
          .camundaCandidateGroups("credit").endEvent().done();
      Deployment deployment = repositoryService.createDeployment().name("form check " + formId)
          .addModelInstance("form-check-" + formId + ".bpmn", model).deploy();
      try {
        String instance = runtimeService.startProcessInstanceByKey("form-check-" + formId).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        try (InputStream deployed = formService.getDeployedTaskForm(task.getId())) {
          assertThat(new String(deployed.readAllBytes(), StandardCharsets.UTF_8))
              .as(form.toString()).isEqualTo(Files.readString(form, StandardCharsets.UTF_8));
        }
      } finally {
        repositoryService.deleteDeployment(deployment.getId(), true);
      }
    }
  }
}
