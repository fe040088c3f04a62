package io.ardesk.workflow.orders;

import io.ardesk.ops.OncePerCluster;
import io.ardesk.orders.OrderMessageOutbox;
import io.ardesk.orders.OrderMessageOutbox.Waiting;
import io.ardesk.workflow.SystemAccess;
import io.ardesk.workflow.collections.CaseChangeDelivery.Mode;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the order-message outbox ({@link OrderMessageOutbox}) to the order-to-cash instances, as
 * the cases' "look again" requests are delivered: after the requesting transaction commits (a delivery
 * thread; in the committing thread in tests: {@code ardesk.collections.change-delivery}), and by a poll
 * every {@code ardesk.collections.change-poll-interval-ms} on one node of the cluster for what a node
 * left behind. Each message in its own transaction, an order's messages in the order they were asked
 * for. An instance that waits for the message gets it; one that is in a job (an asynchronous
 * continuation waiting or running, a timer firing) has no subscription yet and keeps the message until
 * it waits again (the next poll); any other instance does not wait for it and the message is dropped,
 * as a correlation to nobody was before. A conflict is retried and never reaches the ledger's write.
 */
@Component
public class OrderMessageDelivery {

  private static final Logger log = LoggerFactory.getLogger(OrderMessageDelivery.class);
  static final int ATTEMPTS = 3;
  static final int PAGE = 500;
  static final String POLL_LOCK = "order-message-poll";

  /** The order's instance is in a job: an asynchronous continuation (waiting or running) or a locked timer. */
  private static final String IN_A_JOB = """
      select count(*) from ACT_RU_JOB j
        join ACT_RU_EXECUTION p on p.ID_ = j.PROCESS_INSTANCE_ID_
       where p.BUSINESS_KEY_ = ? and p.ID_ = p.PROC_INST_ID_ and j.PROCESS_DEF_KEY_ = ?
         and (j.TYPE_ <> 'timer' or j.LOCK_OWNER_ is not null)
      """;

  enum Outcome { TOLD, DROPPED, BUSY }

  private final OrderMessageOutbox outbox;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final OncePerCluster cluster;
  private final Duration pollLockAtMost;
  private final boolean poll;
  private volatile Mode mode;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "order-message-delivery");
    t.setDaemon(true);
    return t;
  });

  OrderMessageDelivery(OrderMessageOutbox outbox, RuntimeService runtime, SystemAccess system, DataSource dataSource,
      PlatformTransactionManager transactions, OncePerCluster cluster,
      @Value("${ardesk.collections.change-delivery:async}") String mode,
      @Value("${ardesk.collections.change-poll:true}") boolean poll,
      @Value("${ardesk.collections.change-poll-lock:PT15S}") Duration pollLockAtMost) {
    this.outbox = outbox;
    this.runtime = runtime;
    this.system = system;
    this.jdbc = new JdbcTemplate(dataSource);
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.cluster = cluster;
    this.pollLockAtMost = pollLockAtMost;
    this.poll = poll;
    this.mode = Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void afterCommit(OrderMessageOutbox.Requested request) {
    switch (mode) {
      case SYNC -> request.orderNos().stream().distinct().forEach(this::deliverFor);
      case ASYNC -> {
        List<String> orderNos = request.orderNos().stream().distinct().toList();
        thread.execute(() -> orderNos.forEach(this::deliverFor));
      }
      case OFF -> { }
    }
  }

  @Scheduled(fixedDelayString = "${ardesk.collections.change-poll-interval-ms:2000}",
      initialDelayString = "${ardesk.collections.change-poll-interval-ms:2000}")
  void onSchedule() {
    if (poll) {
      thread.execute(() -> cluster.run(POLL_LOCK, pollLockAtMost, Duration.ZERO, this::deliverPending));
    }
  }

  /**
   * Delivers what waits for every order; answers how many messages reached an instance. An order whose
   * instance is in a job keeps its messages (first in line), so the next page starts after them.
   */
  public synchronized int deliverPending() {
    int told = 0;
    int busy = 0;
    List<String> orderNos;
    do {
      orderNos = outbox.ordersWaiting(busy, PAGE);
      for (String orderNo : orderNos) {
        Result result = deliver(orderNo);
        told += result.told();
        if (result.busy()) {
          busy++;
        }
      }
    } while (orderNos.size() == PAGE);
    return told;
  }

  /** Delivers the messages waiting for one order, oldest first; stops at one its instance cannot take yet. */
  public synchronized void deliverFor(String orderNo) {
    deliver(orderNo);
  }

  private record Result(int told, boolean busy) {}

  private Result deliver(String orderNo) {
    int told = 0;
    for (Waiting message : outbox.waiting(orderNo)) {
      Outcome outcome = deliver(message);
      if (outcome == Outcome.BUSY) {
        return new Result(told, true);
      }
      if (outcome == Outcome.TOLD) {
        told++;
      }
    }
    return new Result(told, false);
  }

  private Outcome deliver(Waiting message) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return system.call(() -> newTransaction.execute(status -> deliverOnce(message)));
      } catch (OptimisticLockingException e) {
        log.debug("Order {} changed meanwhile (attempt {}): {}", message.orderNo(), attempt, e.getMessage());
      } catch (RuntimeException e) {
        log.warn("Could not tell order {} {}: {}", message.orderNo(), message.message(), e.getMessage());
        return Outcome.BUSY;
      }
    }
    return Outcome.BUSY;
  }

  private Outcome deliverOnce(Waiting message) {
    int correlated = runtime.createMessageCorrelation(message.message())
        .processInstanceBusinessKey(message.orderNo()).correlateAllWithResult().size();
    if (correlated == 0 && inAJob(message.orderNo())) {
      return Outcome.BUSY;
    }
    outbox.forget(message.id());
    return correlated > 0 ? Outcome.TOLD : Outcome.DROPPED;
  }

  private boolean inAJob(String orderNo) {
    Integer jobs = jdbc.queryForObject(IN_A_JOB, Integer.class, orderNo, OrderProcess.PROCESS);
    return jobs != null && jobs > 0;
  }

  /** How later commits are delivered (maintenance, tests): {@code OFF} leaves messages to the poll. */
  public void deliverAfterCommit(Mode mode) {
    this.mode = mode;
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
  }
}
