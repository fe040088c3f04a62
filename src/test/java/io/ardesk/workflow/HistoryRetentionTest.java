package io.ardesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bounded history: level {@code audit}, removal time from the start of the root instance, a time to
 * live on every process and decision. A case that keeps running still has its rows removed when the
 * TTL from its start has passed.
 */
@IntegrationTest
class HistoryRetentionTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  String instance;

  @AfterEach
  void cleanUp() {
    if (instance != null) {
      runtime.deleteProcessInstanceIfExists(instance, "test over", true, true, true, true);
    }
    ClockUtil.reset();
  }

  @Test
  void auditTrailLevelRemovalTimeFromTheStartAndATimeToLiveEverywhere() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo(AuditHistoryLevel.NAME);
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("start");
    assertThat(repository.createProcessDefinitionQuery().latestVersion().processDefinitionKeysIn("collection-case",
        "collections-run", "complaint-handling", "credit-change-approval", "customer-credit-review", "order-to-cash",
        "payment-extension", "write-off-approval", "credit-note-approval").list())
        .hasSize(9).allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isNotNull().isPositive());
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
        .hasSizeGreaterThanOrEqualTo(8).allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isNotNull().isPositive());
  }

  @Test
  void aRunningCasesRowsAreRemovedFourHundredDaysAfterItsStart() {
    Instant start = Instant.parse("2026-03-02T01:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
    instance = runtime.createProcessInstanceByKey("collection-case").businessKey(TestNumbers.unique("HIST"))
        .startBeforeActivity("Task_EvaluateCase").setVariable("customerNo", "HIST").execute().getId();
    // the case evaluates every day from now on: what it writes later carries the same removal time
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(500))));
    runtime.setVariable(instance, "lookAgainDate", new Date());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list()).hasSize(2)
        .allSatisfy(variable -> assertThat(variable.getRemovalTime().toInstant())
            .isEqualTo(start.plus(Duration.ofDays(400))));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getRemovalTime()
        .toInstant()).isEqualTo(start.plus(Duration.ofDays(400)));
  }
}
