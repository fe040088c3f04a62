package io.ardesk.workflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node of an older release (its models carry a lower versionTag than the deployed ones) does not
 * deploy: during a rollout an old node restarting would otherwise make the old models the newest
 * version and migrate every case back.
 */
@IntegrationTest
class NoDowngradeTest {

  @Autowired RepositoryService repository;

  static ProcessResourcesDeployment.Group model(String name, String versionTag) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://ardesk.io/test">
          <bpmn:process id="downgrade-probe" isExecutable="true" camunda:historyTimeToLive="1"
              camunda:versionTag="%s">
            <bpmn:startEvent id="start"/>
          </bpmn:process>
        </bpmn:definitions>""".formatted(versionTag);
    return new ProcessResourcesDeployment.Group(name,
        Map.of("processes/downgrade-probe.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aNodeWhoseModelsAreOlderThanTheDeployedOnesDoesNotDeploy() {
    ProcessResourcesDeployment.deploy(repository, List.of(model("test downgrade-probe", "3")));

    assertThat(ProcessResourcesDeployment.newerDeployed(repository, List.of(model("old node", "2.9"))))
        .containsExactly("downgrade-probe: 2.9 < 3");
    assertThat(ProcessResourcesDeployment.newerDeployed(repository, List.of(model("same node", "3")))).isEmpty();
    assertThat(ProcessResourcesDeployment.newerDeployed(repository, List.of(model("next release", "10")))).isEmpty();
    // the application's own models are not older than what it deployed
    assertThat(ProcessResourcesDeployment.newerDeployed(repository, ProcessResourcesDeployment.read())).isEmpty();
  }

  @Test
  void versionTagsCompareAsNumbersPartByPart() {
    assertThat(ProcessResourcesDeployment.compareVersionTags("2", "10")).isNegative();
    assertThat(ProcessResourcesDeployment.compareVersionTags("2.9", "3")).isNegative();
    assertThat(ProcessResourcesDeployment.compareVersionTags("3", "3.0")).isZero();
    assertThat(ProcessResourcesDeployment.compareVersionTags(null, "1")).isNegative();
  }
}
