package org.currents.ingest;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.currents.store.FetchMemory;
import org.jspecify.annotations.Nullable;

/** A {@link FetchMemory} in a map, for tests. */
public final class MemoryFetchMemory implements FetchMemory {
  private final Map<String, Validators> validators = new ConcurrentHashMap<>();
  public final Set<String> stored = ConcurrentHashMap.newKeySet();

  @Override
  public @Nullable Validators validators(String url) {
    return validators.get(url);
  }

  @Override
  public void remember(String url, Validators v) {
    validators.put(url, v);
  }

  @Override
  public boolean isStored(String url) {
    return stored.contains(url);
  }
}
