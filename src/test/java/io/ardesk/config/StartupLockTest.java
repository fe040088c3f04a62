package io.ardesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ardesk.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Start-up steps of two nodes never overlap: the second waits for the first to finish (a PostgreSQL
 * advisory lock in the PostgreSQL pass, a lock per database in this JVM on H2).
 */
@IntegrationTest
class StartupLockTest {

  @Autowired StartupLock lock;

  @Test
  void aSecondStartUpStepWaitsUntilTheFirstIsDone() throws Exception {
    List<String> steps = new CopyOnWriteArrayList<>();
    CountDownLatch firstInside = new CountDownLatch(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lock.holding("node A seeding", () -> {
      steps.add("A in");
      firstInside.countDown();
      sleep(500);
      steps.add("A out");
    }));
    assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lock.holding("node B seeding", () -> {
      steps.add("B in");
      steps.add("B out");
    }));
    first.get(30, TimeUnit.SECONDS);
    second.get(30, TimeUnit.SECONDS);
    assertThat(steps).containsExactly("A in", "A out", "B in", "B out");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
