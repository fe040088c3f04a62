package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.Http;
import io.ardesk.support.IntegrationTest;
import io.ardesk.workflow.ProcessValues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One time zone, {@code ardesk.zone} (Asia/Shanghai), with the JVM in Los Angeles: "today", the start of
 * a day for timers and the engine's cron and ISO timers follow Shanghai, not the JVM.
 */
@IntegrationTest
class ZoneTest {

  /** 17:30 UTC on 1 March: 01:30 on 2 March in Shanghai, 09:30 on 1 March in Los Angeles. */
  static final Instant NOW = Instant.parse("2026-03-01T17:30:00Z");

  @Autowired Clock clock;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @LocalServerPort int port;

  TimeZone jvmZone;
  Deployment deployment;

  @BeforeEach
  void jvmInLosAngeles() {
    jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void restore() {
    if (deployment != null) {
      repository.deleteDeployment(deployment.getId(), true);
    }
    ClockUtil.reset();
    TimeZone.setDefault(jvmZone);
  }

  @Test
  void todayIsTheDayInArdeskZone() {
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 3, 2));
    // an API's "today" (the report's default date)
    assertThat(new Http(port).asDemo("frank").get("/api/reports/expected-recovery").body())
        .contains("\"asOf\":\"2026-03-02\"");
    // the aging without a date (the dashboard's first view, whatever the browser's zone)
    assertThat(new Http(port).asDemo("frank").get("/api/reports/aging").body())
        .contains("\"asOf\":\"2026-03-02\"");
    // the start of a day, for timers and task due dates: midnight in Shanghai = 16:00 UTC the day before
    assertThat(ProcessValues.startOf(LocalDate.of(2026, 3, 2)).toInstant())
        .isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
  }

  @Test
  void theDailyRunsCronAndIsoTimerDatesAreReadInArdeskZone() {
    BpmnModelInstance daily = Bpmn.createExecutableProcess("zone-check-daily").camundaHistoryTimeToLive(1)
        .startEvent("Start_Daily").timerWithCycle("0 0 6 * * ?")
        .endEvent()
        .done();
    BpmnModelInstance model = Bpmn.createExecutableProcess("zone-check-timers").camundaHistoryTimeToLive(1)
        .startEvent("Start_Manual")
        .intermediateCatchEvent("Timer_Local").timerWithDate("2026-03-02T09:00")
        .intermediateCatchEvent("Timer_Day").timerWithDate("2026-03-04")
        .intermediateCatchEvent("Timer_Offset").timerWithDate("2026-03-05T09:00:00+01:00")
        .endEvent()
        .done();
    deployment = repository.createDeployment().addModelInstance("zone-check-daily.bpmn", daily)
        .addModelInstance("zone-check-timers.bpmn", model).deploy();
    String definitionId = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
        .processDefinitionKey("zone-check-daily").singleResult().getId();

    // the 06:00 run: 06:00 on 2 March in Shanghai = 22:00 UTC on 1 March (the JVM's 06:00 would be 14:00 UTC)
    Job run = management.createJobQuery().processDefinitionId(definitionId).timers().singleResult();
    assertThat(run.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-01T22:00:00Z"));

    // a date-time without an offset is Shanghai's: 09:00 there = 01:00 UTC
    String instance = runtime.startProcessInstanceByKey("zone-check-timers", "ZONE-1").getId();
    assertThat(timerOf(instance).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
    management.executeJob(timerOf(instance).getId());
    // a date: its midnight in Shanghai
    assertThat(timerOf(instance).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));
    management.executeJob(timerOf(instance).getId());
    // an explicit offset stays what it says
    assertThat(timerOf(instance).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-05T08:00:00Z"));

    // the next run after the one of 2 March fires: 06:00 on 3 March in Shanghai
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-01T22:00:01Z")));
    management.executeJob(run.getId());
    Job next = management.createJobQuery().processDefinitionId(definitionId).timers().singleResult();
    assertThat(next.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-02T22:00:00Z"));
  }

  private Job timerOf(String instance) {
    return management.createJobQuery().processInstanceId(instance).timers().singleResult();
  }
}
