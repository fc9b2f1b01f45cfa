package org.currents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderCacheTest {
  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = Instant.parse("2017-04-08T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aPageIsRenderedOncePerMinuteAndKey() {
    HandClock clock = new HandClock();
    RenderCache<String> cache = new RenderCache<>(clock);
    AtomicInteger renders = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertEquals("page 1", cache.get("/", () -> "page " + renders.incrementAndGet()));
    }
    assertEquals("page 2", cache.get("/other", () -> "page " + renders.incrementAndGet()));
    clock.now = clock.now.plusSeconds(59);
    assertEquals("page 1", cache.get("/", () -> "page " + renders.incrementAndGet()));
    clock.now = clock.now.plusSeconds(1);
    assertEquals("page 3", cache.get("/", () -> "page " + renders.incrementAndGet()));
  }

  @Test
  void itStartsOverWhenFull() {
    RenderCache<String> cache = new RenderCache<>(new HandClock());
    for (int i = 0; i < RenderCache.MAX_ENTRIES + 5; i++) {
      String key = "/search?q=" + i;
      assertEquals(key, cache.get(key, () -> key));
    }
    assertEquals("fresh", cache.get("/search?q=0", () -> "fresh"));
  }
}
