package io.ardesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;

/** Camunda batches (process migrations) worked off in the test's thread. */
public final class Batches {
  private Batches() {}

  /** Works the batches off as the job executor would: seed job, batch jobs, monitor job; fails if one is left. */
  public static void runToEnd(ManagementService management, List<String> batchIds) {
    for (String batchId : batchIds) {
      Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
      for (int round = 0; round < 100 && batch != null; round++) {
        List<Job> jobs = new ArrayList<>();
        jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
        jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withRetriesLeft().list());
        if (jobs.isEmpty()) {
          jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list());
        }
        for (Job job : jobs) {
          management.executeJob(job.getId());
        }
        batch = management.createBatchQuery().batchId(batchId).singleResult();
      }
      assertThat(batch).as("batch " + batchId + " done").isNull();
    }
  }
}
