package org.currents.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An article with the entity mentions found in it, in text order. */
public record AnnotatedArticle(Article article, List<Mention> mentions) implements Serializable {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
  }

  /** Canonical entity name to mention count, in order of first mention. */
  public Map<String, Integer> entityCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      counts.merge(m.canonicalName(), 1, Integer::sum);
    }
    return counts;
  }
}
