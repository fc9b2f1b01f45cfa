package org.currents.ingest.fetch;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * Politeness towards one host: at most {@code concurrency} requests in flight, and request starts
 * at least {@code delay} apart. Thread safe.
 */
final class HostGate {
  /** A request to make through the gate. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws IOException, InterruptedException, TimeoutException;
  }

  private final Semaphore permits;
  private long delayNanos;
  private long nextStart = Long.MIN_VALUE;

  HostGate(int concurrency, Duration delay) {
    this.permits = new Semaphore(concurrency, true);
    this.delayNanos = delay.toNanos();
  }

  /** Raises the delay to at least {@code delay} (a robots.txt Crawl-delay). */
  synchronized void atLeast(Duration delay) {
    delayNanos = Math.max(delayNanos, delay.toNanos());
  }

  <T> T call(Call<T> call) throws IOException, InterruptedException, TimeoutException {
    permits.acquire();
    try {
      long wait;
      synchronized (this) {
        long now = System.nanoTime();
        long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
        nextStart = start + delayNanos;
        wait = start - now;
      }
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      return call.run();
    } finally {
      permits.release();
    }
  }
}
