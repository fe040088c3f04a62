package io.ardesk.workflow.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The shape of {@code complaint-handling.bpmn} and the forms it names, read without an engine. */
class ComplaintHandlingModelTest {
  static final Path MODEL = Path.of("processes", "complaint-handling.bpmn");
  final BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());

  @Test
  void theProcessIdIsTheFileNameAndHistoryIsKeptForATimeToLive() {
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(process.getId()).isEqualTo("complaint-handling");
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P400D");
  }

  @Test
  void thirteenNamedStepsFollowEachOtherInOrder() {
    List<String> steps = model.getModelElementsByType(Activity.class).stream().map(Activity::getId)
        .filter(id -> id.startsWith("Step")).sorted().toList();
    assertThat(steps).hasSize(13);
    for (int i = 0; i < 13; i++) {
      assertThat(steps.get(i)).startsWith("Step%02d_".formatted(i + 1));
      assertThat(((Activity) model.getModelElementById(steps.get(i))).getName()).isNotBlank();
    }
    for (int i = 0; i + 1 < 13; i++) {
      assertThat(reachable(steps.get(i))).as(steps.get(i) + " leads to " + steps.get(i + 1)).contains(steps.get(i + 1));
    }
    assertThat(reachable("Step09_GetAgreement")).contains("Step08_FindBestSolution");
    assertThat(reachable("Step10_ConfirmSatisfaction")).contains("Step05_FindKeyProblem");
  }

  @Test
  void everyUserTaskAndTheStartEventHaveAnExistingCamundaForm() throws IOException {
    List<String> formRefs = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
      formRefs.add(task.getCamundaFormRef());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getParentElement() instanceof Process) {
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        formRefs.add(start.getCamundaFormRef());
      }
    }
    // 13 steps (12 is one multi-instance task), the escalation, the credit-note approval, the start form
    assertThat(formRefs).hasSize(15).doesNotHaveDuplicates().allMatch(ref -> ref.startsWith("complaint-"));
    for (String ref : formRefs) {
      Path file = Path.of("forms", ref + ".form");
      assertThat(file).exists();
      JsonNode form = new ObjectMapper().readTree(file.toFile());
      assertThat(form.get("id").asText()).isEqualTo(ref);
      List<String> ids = new ArrayList<>();
      form.get("components").forEach(c -> ids.add(c.get("id").asText()));
      assertThat(ids).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyFormKeyOfAStepIsOneTheStepRecorderReadsOrAFactItShows() throws IOException {
    for (ComplaintTask task : ComplaintTask.values()) {
      UserTask userTask = model.getModelElementById(task.taskKey());
      JsonNode form = new ObjectMapper().readTree(Files.readString(
          Path.of("forms", userTask.getCamundaFormRef() + ".form")));
      List<String> keys = new ArrayList<>();
      form.get("components").forEach(c -> {
        if (c.has("key")) {
          keys.add(c.get("key").asText());
        }
      });
      List<String> known = new ArrayList<>(task.formKeys());
      known.add(ComplaintProcess.COMPLAINT_NO);
      assertThat(known).as(task.taskKey()).containsAll(keys);
      assertThat(keys).as(task.taskKey()).containsAll(task.inputs());
    }
  }

  private List<String> reachable(String fromId) {
    List<String> seen = new ArrayList<>();
    List<FlowNode> todo = new ArrayList<>(List.of((FlowNode) model.getModelElementById(fromId)));
    while (!todo.isEmpty()) {
      FlowNode node = todo.remove(0);
      Collection<FlowNode> next = node.getSucceedingNodes().list();
      if (node.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub && next.isEmpty()) {
        next = sub.getSucceedingNodes().list();
      }
      for (FlowNode n : next) {
        if (!seen.contains(n.getId())) {
          seen.add(n.getId());
          todo.add(n);
        }
      }
    }
    return seen;
  }
}
