package io.ardesk.workflow.collections;

import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code collections-run} process: its schedule and its one service task. */
@Configuration(proxyBeanMethods = false)
class CollectionsRunDelegates {

  /** The variable naming the run ({@code collections_run_log.id}). */
  static final String RUN_ID = "runId";

  /** The daily run's timer reads its cycle here ({@code ardesk.collections.run-cron}, default 06:00). */
  public record CollectionsSchedule(String cycle) {
    public String getCycle() {
      return cycle;
    }
  }

  @Bean
  CollectionsSchedule collectionsSchedule(@Value("${ardesk.collections.run-cron:0 0 6 * * ?}") String cron) {
    return new CollectionsSchedule(cron);
  }

  /**
   * Task_RunPage: one page of the run named by {@code runId}; the timer's run (no id yet) begins a
   * run of today, or of {@code runDate}.
   */
  @Bean
  JavaDelegate runCollectionsPage(CollectionsRunner runner, io.ardesk.collections.ProblemReceivables problems,
      Clock clock) {
    return execution -> {
      Object runId = execution.getVariable(RUN_ID);
      if (runId == null) {
        // problem receivables of customers without a case: flags whose cause is gone clear, time sets new ones
        problems.scan();
        LocalDate date = ProcessValues.date(execution, "runDate");
        runId = runner.begin(date == null ? LocalDate.now(clock) : date, "system");
        execution.setVariable(RUN_ID, runId);
      }
      boolean more = runner.runPage(((Number) runId).longValue());
      execution.setVariable("moreCustomers", Variables.booleanValue(more, true));
    };
  }
}
