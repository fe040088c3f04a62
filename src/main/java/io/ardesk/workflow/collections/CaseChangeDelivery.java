package io.ardesk.workflow.collections;

import io.ardesk.collections.CaseChanges;
import io.ardesk.collections.CaseChanges.Pending;
import io.ardesk.collections.CollectionCaseService;
import io.ardesk.ledger.report.LedgerQueries;
import io.ardesk.workflow.SystemAccess;
import jakarta.annotation.PreDestroy;
import io.ardesk.ops.OncePerCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers "look again" requests ({@link CaseChanges}) to the customers' collection cases: after the
 * requesting transaction commits (at once, on a delivery thread), and by a poll every
 * {@code ardesk.collections.change-poll-interval-ms} for requests a node left behind when it died
 * between its commit and the delivery (one node's poll at a time: lock {@value #POLL_LOCK}, held at most
 * {@code ardesk.collections.change-poll-lock}). Per customer the requests waiting collapse into one message
 * {@code CaseChanged}; a case that is evaluating right now has no subscription and hears of the
 * change when it waits again (its evaluation forgets the requests it saw). A conflict with another
 * node or a user is retried; nothing is lost, a request is deleted only with a delivered message.
 */
@Component
public class CaseChangeDelivery {

  private static final Logger log = LoggerFactory.getLogger(CaseChangeDelivery.class);
  static final int BATCH = 1000;
  static final int ATTEMPTS = 3;

  /** How a commit's requests are delivered: {@code async} (a delivery thread), {@code sync} (tests), {@code off}. */
  public enum Mode { ASYNC, SYNC, OFF }

  private final CaseChanges changes;
  private final CollectionCaseService cases;
  private final CollectionCaseStarter starter;
  private final LedgerQueries ledger;
  private final RuntimeService runtime;
  private final SystemAccess system;
  private final TransactionTemplate newTransaction;
  private final Clock clock;
  private volatile Mode mode;
  private final boolean poll;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "case-change-delivery");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean requested = new AtomicBoolean();
  /** Customers whose requests committed since the delivery thread last looked (the poll looks at all). */
  private final java.util.Set<String> committed = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicBoolean pollDue = new AtomicBoolean();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  /** Customers whose case was busy at the poll, and until when (nanoTime) the poll leaves them be. */
  private final Map<String, Long> busyUntil = new HashMap<>();
  private final long busyRetryNanos;
  private final OncePerCluster cluster;
  static final String POLL_LOCK = "case-change-poll";
  private final Duration pollLockAtMost;

  CaseChangeDelivery(CaseChanges changes, CollectionCaseService cases, CollectionCaseStarter starter,
      LedgerQueries ledger, RuntimeService runtime, SystemAccess system, PlatformTransactionManager transactions,
      Clock clock, @Value("${ardesk.collections.change-delivery:async}") String mode,
      @Value("${ardesk.collections.change-poll:true}") boolean poll,
      @Value("${ardesk.collections.busy-retry-ms:30000}") long busyRetryMs, OncePerCluster cluster,
      @Value("${ardesk.collections.change-poll-lock:PT15S}") Duration pollLockAtMost) {
    this.changes = changes;
    this.cases = cases;
    this.starter = starter;
    this.ledger = ledger;
    this.runtime = runtime;
    this.system = system;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.mode = Mode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
    this.poll = poll;
    this.busyRetryNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(busyRetryMs);
    this.cluster = cluster;
    this.pollLockAtMost = pollLockAtMost;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void afterCommit(CaseChanges.Requested request) {
    switch (mode) {
      case SYNC -> request.customerNos().forEach(this::deliverFor);
      case ASYNC -> {
        committed.addAll(request.customerNos());
        wakeUp();
      }
      case OFF -> { }
    }
  }

  @Scheduled(fixedDelayString = "${ardesk.collections.change-poll-interval-ms:2000}",
      initialDelayString = "${ardesk.collections.change-poll-interval-ms:2000}")
  void onSchedule() {
    if (poll) {
      pollDue.set(true);
      wakeUp();
    }
  }

  /** Asks the delivery thread to look; requests while it works make it look once more, not once each. */
  private void wakeUp() {
    requested.set(true);
    if (scheduled.compareAndSet(false, true)) {
      thread.execute(() -> {
        try {
          while (requested.getAndSet(false)) {
            if (pollDue.getAndSet(false)) {
              // one node's poll at a time; the others' rounds skip while it holds the lock
              cluster.run(POLL_LOCK, pollLockAtMost, Duration.ZERO, this::poll);
            }
            for (String customerNo : List.copyOf(committed)) {
              committed.remove(customerNo);
              deliverFor(customerNo);
            }
          }
        } finally {
          scheduled.set(false);
          if (requested.get()) {
            wakeUp();
          }
        }
      });
    }
  }

  /**
   * Delivers every customer's waiting requests; answers how many cases were told. A case busy
   * evaluating keeps its requests (they stay first in line), so the next page starts after them.
   */
  public synchronized int deliverPending() {
    return deliverPending(false);
  }

  /**
   * The poll: as {@link #deliverPending()}, except that a customer whose case was busy is not tried
   * again for {@code ardesk.collections.busy-retry-ms}. Its evaluation tells it when it waits again
   * ({@link CaseChanges#tellAgainAfterCommit}); the poll is only the net for a delivery a dead node
   * never made, and without the pause it retried every busy case of a bulk (a daily run, an import
   * while thousands of evaluations wait for the job executor) every few seconds.
   */
  synchronized int poll() {
    return deliverPending(true);
  }

  private int deliverPending(boolean pauseBusy) {
    int told = 0;
    int busy = 0;
    long now = System.nanoTime();
    busyUntil.values().removeIf(until -> until - now <= 0);
    List<Pending> pending;
    do {
      pending = changes.pending(busy, BATCH);
      for (Pending customer : pending) {
        if (pauseBusy && busyUntil.containsKey(customer.customerNo())) {
          busy++;
          continue;
        }
        switch (deliver(customer)) {
          case TOLD -> told++;
          case BUSY -> {
            busy++;
            busyUntil.put(customer.customerNo(), System.nanoTime() + busyRetryNanos);
          }
          default -> { }
        }
      }
    } while (pending.size() == BATCH);
    return told;
  }

  /** Delivers the requests waiting for one customer, if any (after its commit). */
  public synchronized void deliverFor(String customerNo) {
    changes.pendingFor(customerNo).ifPresent(pending -> {
      if (deliver(pending) != Delivery.BUSY) {
        busyUntil.remove(customerNo);
      }
    });
  }

  enum Delivery { TOLD, STARTED, DROPPED, BUSY }

  private Delivery deliver(Pending customer) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return system.call(() -> newTransaction.execute(status -> deliverOnce(customer)));
      } catch (OptimisticLockingException e) {
        log.debug("Case of customer {} changed meanwhile (attempt {}): {}", customer.customerNo(), attempt, e.getMessage());
      } catch (RuntimeException e) {
        log.warn("Could not tell the collection case of customer {} about {}: {}", customer.customerNo(),
            customer.reasons(), e.getMessage());
        return Delivery.BUSY;
      }
    }
    return Delivery.BUSY;
  }

  private Delivery deliverOnce(Pending customer) {
    String customerNo = customer.customerNo();
    if (cases.openCase(customerNo).isPresent()) {
      // an evaluation in progress (asynchronous job) has no subscription: it is told when it waits again
      int correlated = runtime.createMessageCorrelation(CollectionCaseStarter.CASE_CHANGED)
          .processInstanceBusinessKey(customerNo).correlateAllWithResult().size();
      if (correlated == 0) {
        return Delivery.BUSY;
      }
      changes.forget(customerNo, customer.upToId());
      return Delivery.TOLD;
    }
    changes.forget(customerNo, customer.upToId());
    if (customer.startIfOverdue() && !ledger.overdueItems(customerNo, LocalDate.now(clock)).isEmpty()) {
      starter.startOrReview(customerNo);
      return Delivery.STARTED;
    }
    return Delivery.DROPPED;
  }

  /** How later commits are delivered (maintenance, tests): {@code OFF} leaves requests to the poll. */
  public void deliverAfterCommit(Mode mode) {
    this.mode = mode;
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
  }
}
