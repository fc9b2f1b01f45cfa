package org.currents.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak of the heap in use while a piece of work runs, sampled every few milliseconds from a
 * daemon thread. Why not the memory pools' own peaks: each pool peaks at its own moment (eden just
 * before a young collection, the old generation later), so their sum overstates the heap ever in
 * use, and can exceed the maximum heap. A sample can miss a peak between two samples by what the
 * program allocates in that time.
 */
public final class HeapSampler implements AutoCloseable {
  private static final long PERIOD_MILLIS = 2;

  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  private HeapSampler() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    thread =
        new Thread(
            () -> {
              while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
  }

  /** Starts sampling now. */
  public static HeapSampler start() {
    HeapSampler sampler = new HeapSampler();
    sampler.thread.start();
    return sampler;
  }

  /** The largest heap in use seen so far, in bytes. */
  public long peakBytes() {
    return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
