package org.currents.model;

import java.util.List;
import java.util.Objects;

/** An event as the last build left it: its id, its page and its articles. */
public record StoredEvent(String id, String path, List<String> articleIds) {
  public StoredEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    articleIds = List.copyOf(articleIds);
  }
}
