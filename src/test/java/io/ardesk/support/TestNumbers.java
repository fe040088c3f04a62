package io.ardesk.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Numbers no other test uses, so tests share one database without meeting. */
public final class TestNumbers {
  private static final String RUN = Long.toString(System.nanoTime() % 46_656_000L, 36);
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestNumbers() {}

  /** e.g. {@code C-k3x9-17}: a prefix, this run, a counter. */
  public static String unique(String prefix) {
    return prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
  }
}
