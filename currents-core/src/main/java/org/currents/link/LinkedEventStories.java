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
import org.currents.internal.UnionFind;
import org.currents.model.ContentHash;
import org.currents.model.Event;
import org.currents.model.EventLink;
import org.currents.model.Story;
import org.currents.model.WeightedEntity;
import org.jspecify.annotations.Nullable;

/**
 * Stories as the connected groups of strongly related events: two events are in one story when
 * their link scores at least {@code minScore} through at least two shared entities (one shared
 * country chains everything), and they lie at most {@code maxGapDays} apart (undated events join
 * only undated ones). The story's name is its two heaviest shared entities. Linear in the
 * number of links (union-find). Thread safe.
 */
public final class LinkedEventStories implements StoryFinder {
  private final double minScore;
  private final int maxGapDays;

  /** Links of at least 1.5 and at most 60 days apart. */
  public LinkedEventStories() {
    this(1.5, 60);
  }

  public LinkedEventStories(double minScore, int maxGapDays) {
    if (minScore <= 0 || maxGapDays < 0) {
      throw new IllegalArgumentException("minScore must be positive, maxGapDays not negative");
    }
    this.minScore = minScore;
    this.maxGapDays = maxGapDays;
  }

  @Override
  public List<Story> stories(List<Event> events, Map<String, List<EventLink>> links) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      index.put(events.get(i).id(), i);
    }
    UnionFind uf = new UnionFind(events.size());
    for (Map.Entry<String, List<EventLink>> e : new TreeMap<>(links).entrySet()) {
      Integer from = index.get(e.getKey());
      for (EventLink link : e.getValue()) {
        Integer to = index.get(link.to());
        if (from != null
            && to != null
            && link.score() >= minScore
            && link.context().size() >= 2
            && near(events.get(from).date(), events.get(to).date())) {
          uf.union(from, to);
        }
      }
    }
    Map<Integer, List<Event>> groups = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      groups.computeIfAbsent(uf.find(i), r -> new ArrayList<>()).add(events.get(i));
    }
    List<Story> stories = new ArrayList<>();
    for (List<Event> group : groups.values()) {
      if (group.size() >= 2) {
        stories.add(story(group));
      }
    }
    stories.sort(Comparator.comparing(Story::id));
    return stories;
  }

  private static Story story(List<Event> group) {
    List<Event> ordered =
        group.stream()
            .sorted(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Event::id))
            .toList();
    // Central entities: weight summed over the events, counted only when two or more events share them.
    Map<String, Double> weight = new TreeMap<>();
    Map<String, Integer> events = new HashMap<>();
    for (Event e : ordered) {
      for (WeightedEntity w : e.entities()) {
        weight.merge(w.canonicalName(), w.weight(), Double::sum);
        events.merge(w.canonicalName(), 1, Integer::sum);
      }
    }
    List<String> central =
        weight.entrySet().stream()
            .filter(w -> events.get(w.getKey()) >= 2)
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .limit(5)
            .toList();
    String name = central.isEmpty() ? "Related events" : String.join(", ", central.subList(0, Math.min(2, central.size())));
    String id = "s" + ContentHash.sha256Hex(ordered.get(0).id()).substring(0, 12);
    return new Story(id, name, ordered.stream().map(Event::id).toList(), central);
  }

  /** Dated events join when close in time; undated ones only with each other (else they bridge years). */
  private boolean near(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(ChronoUnit.DAYS.between(a, b)) <= maxGapDays;
  }

}
