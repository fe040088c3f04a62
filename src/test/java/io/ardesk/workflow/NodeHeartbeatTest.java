package io.ardesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ardesk.support.CaseKit;
import io.ardesk.workflow.collections.CollectionCaseStarter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node killed in the middle of its work (kill -9) holds the engine jobs it had locked only until the
 * others see it silent (docs/cluster-check.md): the jobs are given back at once, with a new revision, and
 * the jobs of a node that still speaks keep their lock.
 */
@io.ardesk.support.IntegrationTest
class NodeHeartbeatTest {

  static final LocalDate DUE = LocalDate.of(2026, 4, 30);

  @Autowired NodeHeartbeat heartbeat;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseKit kit;
  @Autowired CollectionCaseStarter starter;
  @Autowired ManagementService management;

  @AfterEach
  void reset() {
    jdbc.update("delete from cluster_node where lock_owner in ('killed-node', 'busy-node')");
    kit.resetClock();
  }

  /** A case whose first evaluation waits as a job, locked by {@code owner} for ten more minutes. */
  Job jobLockedBy(String name, String owner) {
    String customerNo = kit.customer(name, "ap@heartbeat.example", "en", "lily");
    kit.today(DUE.minusDays(30));
    kit.invoice(customerNo, customerNo + "-INV1", DUE.minusDays(30), DUE, "5000.00");
    kit.today(DUE.plusDays(20));
    starter.startOrReview(customerNo);
    Job job = management.createJobQuery().processInstanceId(kit.instance("collection-case", customerNo).getId())
        .singleResult();
    jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? where ID_ = ?", owner,
        Timestamp.valueOf(LocalDateTime.now().plusMinutes(10)), job.getId());
    return job;
  }

  void node(String owner, String name, Duration silentFor) {
    LocalDateTime now = jdbc.queryForObject("select localtimestamp", LocalDateTime.class);
    jdbc.update("insert into cluster_node (lock_owner, node_name, started_at, last_seen_at) values (?, ?, ?, ?)",
        owner, name, Timestamp.valueOf(now.minusHours(1)), Timestamp.valueOf(now.minus(silentFor)));
  }

  Map<String, Object> lockOf(Job job) {
    return jdbc.queryForMap("select LOCK_OWNER_ as owner, LOCK_EXP_TIME_ as until, REV_ as rev from ACT_RU_JOB where ID_ = ?",
        job.getId());
  }

  @Test
  void theJobsOfASilentNodeAreGivenBackAtOnceAndThoseOfANodeThatSpeaksAreNot() {
    Job killed = jobLockedBy("Heartbeat Killed Ltd", "killed-node");
    Job busy = jobLockedBy("Heartbeat Busy Ltd", "busy-node");
    int killedRevision = ((Number) lockOf(killed).get("rev")).intValue();
    node("killed-node", "node-a", Duration.ofSeconds(5));
    node("busy-node", "node-b", Duration.ofMillis(500));

    heartbeat.beat();

    Map<String, Object> given = lockOf(killed);
    assertThat(given.get("owner")).as("no lock owner any more: any node may take it").isNull();
    assertThat(given.get("until")).isNull();
    assertThat(((Number) given.get("rev")).intValue()).as("a new revision: the killed node could not finish it")
        .isEqualTo(killedRevision + 1);
    assertThat(lockOf(busy).get("owner")).as("a node that speaks keeps its jobs").isEqualTo("busy-node");
    assertThat(jdbc.queryForList("select lock_owner from cluster_node", String.class))
        .contains("busy-node", heartbeat.lockOwner()).doesNotContain("killed-node");

    assertThat(heartbeat.beat()).as("nothing left to give back").isZero();
    assertThat(lockOf(busy).get("owner")).isEqualTo("busy-node");
  }

  @Test
  void aNodeTakenForDeadSpeaksAgainUnderItsOwnName() {
    heartbeat.beat();
    jdbc.update("delete from cluster_node where lock_owner = ?", heartbeat.lockOwner());

    heartbeat.beat();

    assertThat(jdbc.queryForObject("select count(*) from cluster_node where lock_owner = ?", Integer.class,
        heartbeat.lockOwner())).isEqualTo(1);
  }

  @Test
  void aNodeIsTakenForSilentOnlyAfterThreeHeartbeats() {
    assertThatThrownBy(() -> new NodeHeartbeat(jdbc, null, Duration.ofSeconds(1), Duration.ofSeconds(2)))
        .hasMessageContaining("ardesk.cluster.silent-after (PT2S) must be at least three heartbeats");
  }
}
