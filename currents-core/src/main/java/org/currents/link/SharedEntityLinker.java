package org.currents.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.currents.model.Event;
import org.currents.model.EventLink;
import org.currents.model.WeightedEntity;
import org.jspecify.annotations.Nullable;

/**
 * Relates events that share entities. A shared entity counts by its rarity across events (IDF)
 * times the smaller of its two weights; the sum decays with the days between the events (half
 * after {@code halfLifeDays}). The context is the shared names, heaviest contribution first. The
 * score of a pair does not depend on which side asks, so links are symmetric.
 *
 * <p>Candidates come from an entity-to-events index; very common entities (in more than a quarter
 * of all events and at least 50) are left out of it, so cost stays near-linear. Thread safe.
 */
public final class SharedEntityLinker implements EventLinker {
  private final double halfLifeDays;
  private final double minScore;

  /** Half-life of 30 days; a link needs a score of at least 0.5. */
  public SharedEntityLinker() {
    this(30, 0.5);
  }

  public SharedEntityLinker(double halfLifeDays, double minScore) {
    if (halfLifeDays <= 0 || minScore < 0) {
      throw new IllegalArgumentException("halfLifeDays must be positive, minScore not negative");
    }
    this.halfLifeDays = halfLifeDays;
    this.minScore = minScore;
  }

  @Override
  public Map<String, List<EventLink>> link(List<Event> events, int limit) {
    Map<String, List<Integer>> eventsWith = new TreeMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (WeightedEntity e : events.get(i).entities()) {
        eventsWith.computeIfAbsent(e.canonicalName(), k -> new ArrayList<>()).add(i);
      }
    }
    int n = events.size();
    Map<String, Double> idf = new HashMap<>();
    eventsWith.forEach((name, list) -> idf.put(name, Math.log((n + 1.0) / list.size())));
    Map<String, List<EventLink>> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Event a = events.get(i);
      Map<Integer, Boolean> candidates = new TreeMap<>();
      for (WeightedEntity e : a.entities()) {
        List<Integer> with = eventsWith.get(e.canonicalName());
        if (with.size() <= Math.max(50, n / 4)) {
          with.forEach(j -> candidates.put(j, true));
        }
      }
      candidates.remove(i);
      List<EventLink> links = new ArrayList<>();
      for (int j : candidates.keySet()) {
        EventLink link = score(a, events.get(j), idf);
        if (link != null && link.score() >= minScore) {
          links.add(link);
        }
      }
      links.sort(Comparator.comparingDouble(EventLink::score).reversed().thenComparing(EventLink::to));
      out.put(a.id(), List.copyOf(links.subList(0, Math.min(limit, links.size()))));
    }
    return out;
  }

  private @Nullable EventLink score(Event a, Event b, Map<String, Double> idf) {
    Map<String, Double> weightsOfB = new HashMap<>();
    b.entities().forEach(e -> weightsOfB.put(e.canonicalName(), e.weight()));
    Map<String, Double> contributions = new TreeMap<>();
    for (WeightedEntity e : a.entities()) {
      Double other = weightsOfB.get(e.canonicalName());
      if (other != null) {
        contributions.put(e.canonicalName(), idf.get(e.canonicalName()) * Math.min(e.weight(), other));
      }
    }
    if (contributions.isEmpty()) {
      return null;
    }
    double sum = contributions.values().stream().sorted().mapToDouble(Double::doubleValue).sum();
    double score = sum * decay(a.date(), b.date());
    List<String> context =
        contributions.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    return new EventLink(a.id(), b.id(), score, context);
  }

  private double decay(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null || b == null) {
      return 0.5; // unknown distance in time: count half
    }
    long days = Math.abs(ChronoUnit.DAYS.between(a, b));
    return Math.pow(0.5, days / halfLifeDays);
  }
}
