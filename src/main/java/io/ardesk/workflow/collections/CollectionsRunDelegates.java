package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionsProperties;
import io.ardesk.collections.CollectionsRuns.RunTally;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code collections-run} process: its schedule and its one service task. */
@Configuration(proxyBeanMethods = false)
class CollectionsRunDelegates {

  /**
   * Timers read their settings from here: the daily run's cycle ({@code ardesk.collections.run-cron},
   * default 06:00) and how long a collector waits to call again ({@code recall-days}).
   */
  public record CollectionsSchedule(String cycle, String recallAfter) {
    public String getCycle() {
      return cycle;
    }

    public String getRecallAfter() {
      return recallAfter;
    }
  }

  @Bean
  CollectionsSchedule collectionsSchedule(@Value("${ardesk.collections.run-cron:0 0 6 * * ?}") String cron,
      CollectionsProperties properties) {
    return new CollectionsSchedule(cron, "P" + properties.recallDays() + "D");
  }

  /** Task_RunCollections: the run for {@code runDate} (a yyyy-MM-dd string), today when not given. */
  @Bean
  JavaDelegate runCollections(CollectionsRunner runner, Clock clock) {
    return execution -> {
      LocalDate date = ProcessValues.date(execution, "runDate");
      RunTally tally = runner.run(date == null ? LocalDate.now(clock) : date);
      execution.setVariables(Map.of("runDate", tally.date().toString(),
          "customersEvaluated", tally.customersEvaluated(),
          "casesStarted", tally.casesStarted(),
          "casesReevaluated", tally.casesReevaluated()));
    };
  }
}
