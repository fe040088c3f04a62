package io.ardesk.ops;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that runs once per cluster, whichever node's scheduler fires: a job runs only while
 * its node holds the job's row in the {@code shedlock} table (ShedLock, the database's time). Another
 * node whose scheduler fires meanwhile skips the round. The lock is held at least {@code atLeastFor}
 * (a node whose clock is a little behind does not run the same round again after a short job) and at
 * most {@code atMostFor} (a node that died lets go then): a job must end well within it
 * (docs/operations.md, "Lock times").
 */
@Component
public class OncePerCluster {

  private final LockingTaskExecutor locks;

  public OncePerCluster(LockProvider provider) {
    this.locks = new DefaultLockingTaskExecutor(provider);
  }

  /** Runs {@code job} (its result not null) if no node holds {@code name}; empty when another run holds it. */
  public <T> Optional<T> run(String name, Duration atMostFor, Duration atLeastFor, Supplier<T> job) {
    try {
      LockingTaskExecutor.TaskResult<T> result = locks.executeWithLock(job::get,
          new LockConfiguration(ClockProvider.now(), name, atMostFor, atLeastFor));
      return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
