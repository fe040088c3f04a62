package io.ardesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Steps a person waits for (extension decision, credit assessment, closing a review after credit's
 * decision) carry job priority 100 and are acquired before the bulk re-evaluations of a collections
 * run (priority 0), even when the bulk jobs were due first: the job executor's own acquisition query
 * ({@code jobExecutorAcquireByPriority}) decides the order.
 */
@IntegrationTest
class JobPriorityTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  final List<String> instances = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    instances.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
    ClockUtil.reset();
  }

  @Test
  void aJobAPersonWaitsForIsAcquiredBeforeTheDailyRunsBulkReevaluations() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T00:00:00Z")));
    // the daily run's bulk: three cases waiting for their evaluation, created (and due) first
    List<String> bulk = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      bulk.add(start("collection-case", "Task_EvaluateCase"));
    }
    bulk.add(start("collections-run", "Task_RunPage"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T00:05:00Z")));
    // then a collector's extension request and a credit review waiting for its assessment
    String extension = start("payment-extension", "Task_DecideExtension");
    String assessment = start("customer-credit-review", "Task_Assess");
    String closing = start("customer-credit-review", "Task_CloseReview");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T00:10:00Z")));

    for (String instance : bulk) {
      assertThat(job(instance).getPriority()).isZero();
    }
    for (String instance : List.of(extension, assessment, closing)) {
      assertThat(job(instance).getPriority()).isEqualTo(100);
    }

    List<String> acquisitionOrder = acquisitionOrder();
    assertThat(acquisitionOrder).contains(extension, assessment, closing).containsAll(bulk);
    int lastPersonFacing = List.of(extension, assessment, closing).stream().mapToInt(acquisitionOrder::indexOf).max()
        .orElseThrow();
    int firstBulk = bulk.stream().mapToInt(acquisitionOrder::indexOf).min().orElseThrow();
    assertThat(lastPersonFacing).isLessThan(firstBulk);
  }

  private String start(String processKey, String asyncActivity) {
    String id = runtime.createProcessInstanceByKey(processKey).businessKey(TestNumbers.unique("PRIO"))
        .startBeforeActivity(asyncActivity).setVariables(Map.of("customerNo", TestNumbers.unique("PRIO")))
        .execute().getId();
    instances.add(id);
    return id;
  }

  private Job job(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  /** The process instances of the due jobs in the order the job executor acquires them. */
  private List<String> acquisitionOrder() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isJobExecutorAcquireByPriority()).isTrue();
    List<AcquirableJobEntity> jobs = configuration.getCommandExecutorTxRequired()
        .execute(context -> context.getJobManager().findNextJobsToExecute(new Page(0, 100_000)));
    return jobs.stream().map(AcquirableJobEntity::getProcessInstanceId).filter(instances::contains).toList();
  }
}
