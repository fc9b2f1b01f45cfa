package org.currents.cluster;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.currents.model.AnnotatedArticle;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.currents.model.WeightedEntity;

/**
 * The entities of a group of articles, weighted by the share of articles that name them, plus a
 * little for how often they do; heaviest first, ties by name. Thread safe (stateless).
 */
public final class EventEntities {
  private EventEntities() {}

  public static List<WeightedEntity> weigh(List<AnnotatedArticle> members, int limit) {
    Map<String, Double> weights = new TreeMap<>();
    Map<String, EntityType> types = new HashMap<>();
    for (AnnotatedArticle m : members) {
      for (Map.Entry<String, Integer> e : m.entityCounts().entrySet()) {
        weights.merge(e.getKey(), (1 + 0.1 * Math.log(e.getValue())) / members.size(), Double::sum);
      }
      for (Mention mention : m.mentions()) {
        types.putIfAbsent(mention.canonicalName(), mention.type());
      }
    }
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new WeightedEntity(e.getKey(), types.get(e.getKey()), e.getValue()))
        .toList();
  }
}
