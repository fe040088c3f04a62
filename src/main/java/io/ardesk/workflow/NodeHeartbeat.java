package io.ardesk.workflow;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every node says it is alive once a second (table {@code cluster_node}, the database's time) and looks
 * for nodes that stopped saying so. The engine jobs a silent node had locked are given back at once
 * (lock owner and lock time cleared, revision raised), so the other nodes run them within a second or
 * two instead of waiting for the lock to run out (10 s). The lock time can thus stay long enough for a
 * slow job on a live node, while a node killed in the middle of a collections run holds its jobs only
 * {@code ardesk.cluster.silent-after} (docs/cluster-check.md).
 *
 * <p>Taking a live but stalled node for dead costs work, not money: the job runs on another node, and
 * whichever transaction ends second fails on the job's revision and rolls back, as when a lock runs out.
 * Letters are not given back this way: a letter claimed by a silent node may be on its way to the mail
 * server, so its claim runs out on its own time ({@code ardesk.letters.claim-timeout}, longer than the
 * send deadline).
 */
@Component
public class NodeHeartbeat implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NodeHeartbeat.class);

  private final JdbcTemplate jdbc;
  private final Duration interval;
  private final Duration silentAfter;
  /** The name under which this node's job executor locks jobs ({@code ACT_RU_JOB.LOCK_OWNER_}). */
  private final String lockOwner;
  /** The engine's host name ({@code camunda.bpm.generic-properties.properties.hostname}), else the lock owner. */
  private final String nodeName;
  private ScheduledExecutorService beats;
  private volatile boolean running;
  /** Whether this node has written its row: a row missing after that was removed by a node that took it for dead. */
  private volatile boolean joined;

  NodeHeartbeat(JdbcTemplate jdbc, ProcessEngine engine,
      @Value("${ardesk.cluster.heartbeat-interval:PT1S}") Duration interval,
      @Value("${ardesk.cluster.silent-after:PT4S}") Duration silentAfter) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("ardesk.cluster.heartbeat-interval must be positive: " + interval);
    }
    if (silentAfter.compareTo(interval.multipliedBy(3)) < 0) {
      throw new IllegalArgumentException("ardesk.cluster.silent-after (" + silentAfter
          + ") must be at least three heartbeats (ardesk.cluster.heartbeat-interval " + interval + ")");
    }
    this.jdbc = jdbc;
    this.interval = interval;
    this.silentAfter = silentAfter;
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.lockOwner = configuration.getJobExecutor() == null ? "node-" + UUID.randomUUID()
        : configuration.getJobExecutor().getLockOwner();
    this.nodeName = configuration.getHostname() == null ? lockOwner : configuration.getHostname();
  }

  /** This node's job executor's lock owner, its key in {@code cluster_node}. */
  public String lockOwner() {
    return lockOwner;
  }

  /** Says this node is alive, then gives back the jobs of nodes that went silent. Answers how many. */
  public int beat() {
    if (jdbc.update("update cluster_node set last_seen_at = localtimestamp where lock_owner = ?", lockOwner) == 0) {
      if (joined) {
        log.warn("This node ({}) was taken for dead by another node (silent over {}); its jobs may have run twice, "
            + "the second run rolled back", lockOwner, silentAfter);
      }
      jdbc.update("insert into cluster_node (lock_owner, node_name, started_at, last_seen_at) "
          + "values (?, ?, localtimestamp, localtimestamp)", lockOwner, nodeName);
      joined = true;
    }
    return giveBackJobsOfSilentNodes();
  }

  /**
   * Gives back the jobs locked by every node silent for longer than {@code silent-after}; answers how many.
   * One read of the few rows of {@code cluster_node}, with the database's time beside them.
   */
  int giveBackJobsOfSilentNodes() {
    List<Node> nodes = jdbc.query("select lock_owner, node_name, last_seen_at, localtimestamp from cluster_node",
        (rs, row) -> new Node(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
            rs.getTimestamp(4).toLocalDateTime()));
    int given = 0;
    for (Node node : nodes) {
      LocalDateTime silentSince = node.now().minus(silentAfter);
      if (!node.lastSeenAt().isBefore(silentSince)) {
        continue;
      }
      int jobs = jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, REV_ = REV_ + 1 "
          + "where LOCK_OWNER_ = ?", node.lockOwner());
      jdbc.update("delete from cluster_node where lock_owner = ? and last_seen_at < ?", node.lockOwner(),
          Timestamp.valueOf(silentSince));
      log.warn("Node {} ({}) silent since {}: {} job(s) it had locked given back to the cluster", node.name(),
          node.lockOwner(), node.lastSeenAt(), jobs);
      given += jobs;
    }
    return given;
  }

  /** A row of {@code cluster_node} and the database's time when it was read. */
  private record Node(String lockOwner, String name, LocalDateTime lastSeenAt, LocalDateTime now) {}

  @Override
  public void start() {
    beats = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "node-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    beats.scheduleWithFixedDelay(() -> {
      try {
        beat();
      } catch (RuntimeException e) {
        log.warn("Heartbeat of node {} failed: {}", lockOwner, e.toString());
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    running = true;
  }

  /** A node that stops in order leaves the cluster at once: it holds no job any more. */
  @Override
  public void stop() {
    running = false;
    if (beats != null) {
      beats.shutdownNow();
      try {
        beats.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      jdbc.update("delete from cluster_node where lock_owner = ?", lockOwner);
    } catch (RuntimeException e) {
      log.debug("leaving the cluster table", e);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
