package org.currents.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation from one event to another with a symmetric score and the shared entities' canonical
 * names, heaviest first (the portal's {@code _Context: ..._}).
 */
public record EventLink(String from, String to, double score, List<String> context) {
  public EventLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    context = List.copyOf(context);
  }
}
