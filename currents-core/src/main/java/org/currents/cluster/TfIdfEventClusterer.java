package org.currents.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.Event;
import org.currents.text.TextDates;
import org.jspecify.annotations.Nullable;

/**
 * Online single-pass clustering: articles arrive in publication order; each joins the most similar
 * open event, or starts one; an article left alone then gets a second look at every event,
 * those formed after it included (and earlier ones, whose centroids have moved since). Similarity mixes the cosine of TF-IDF vectors (article against the
 * event's centroid) with the overlap of canonical entities. An event is closed to an article
 * published more than the quiet period after the event's latest article; articles with no
 * publication date are compared by content alone. Candidate events come from an inverted index over terms and entities, never from
 * all events.
 *
 * <p>Event ids are derived from the first article's id, so they are stable across runs of the same
 * input. Thread safe: each call keeps its state on the stack.
 */
public final class TfIdfEventClusterer implements EventClusterer {
  /** At most this many entities are kept per event. */
  static final int MAX_ENTITIES = 20;
  /** At most this many candidate events (those sharing the most keys) are scored per article. */
  static final int MAX_SCORED = 16;

  private final ClusterConfig config;

  public TfIdfEventClusterer() {
    this(ClusterConfig.defaults());
  }

  public TfIdfEventClusterer(ClusterConfig config) {
    this.config = config;
  }

  /** An event while it grows. */
  private static final class Growing {
    final List<AnnotatedArticle> members = new ArrayList<>();
    final Map<String, Double> centroidSum = new HashMap<>();
    final Map<String, Integer> entityArticles = new HashMap<>();
    @Nullable LocalDate first;
    @Nullable LocalDate latest;
    /** Squared length of {@link #centroidSum}, kept up to date so that no add copies the map. */
    double centroidNormSquared;

    void add(AnnotatedArticle a, Map<String, Double> vector, @Nullable LocalDate d) {
      members.add(a);
      for (Map.Entry<String, Double> e : vector.entrySet()) {
        double old = centroidSum.getOrDefault(e.getKey(), 0.0);
        double now = old + e.getValue();
        centroidSum.put(e.getKey(), now);
        centroidNormSquared += now * now - old * old;
      }
      for (String name : a.entityCounts().keySet()) {
        entityArticles.merge(name, 1, Integer::sum);
      }
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        latest = latest == null || d.isAfter(latest) ? d : latest;
      }
    }
  }

  @Override
  public List<Event> cluster(List<AnnotatedArticle> articlesInOrder) {
    return cluster(
        articlesInOrder,
        new TermVectors(articlesInOrder.stream().map(AnnotatedArticle::article).toList(), config.openingChars()));
  }

  /**
   * The events of {@code articlesInOrder}, weighing terms by {@code vectors}: for a block of a
   * larger batch, vectors with the whole batch's document frequencies give the block the same
   * vectors as the whole.
   */
  public List<Event> cluster(List<AnnotatedArticle> articlesInOrder, TermVectors vectors) {
    List<Growing> events = new ArrayList<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (AnnotatedArticle a : articlesInOrder) {
      Map<String, Double> vector = vectors.vector(a.article());
      LocalDate day = publishedDay(a.article());
      List<String> keys = keys(a, vector);
      int best = bestEvent(a, vector, day, candidates(keys, index), events, -1);
      if (best < 0) {
        events.add(new Growing());
        best = events.size() - 1;
      }
      events.get(best).add(a, vector, day);
      for (String k : keys) {
        List<Integer> posting = index.computeIfAbsent(k, x -> new ArrayList<>());
        if (posting.isEmpty() || posting.get(posting.size() - 1) != best) {
          posting.add(best);
        }
        // Only the latest entries are ever read: forget the oldest, amortised O(1) per article.
        if (posting.size() > 4 * config.candidatesPerKey()) {
          posting.subList(0, posting.size() - 2 * config.candidatesPerKey()).clear();
        }
      }
    }
    rejoinLoneArticles(events, index, vectors);
    Map<AnnotatedArticle, Integer> order = new IdentityHashMap<>();
    for (int i = 0; i < articlesInOrder.size(); i++) {
      order.put(articlesInOrder.get(i), i);
    }
    // Each event's articles, and the events, in the order of their first articles.
    return events.stream()
        .filter(g -> !g.members.isEmpty())
        .map(g -> g.members.stream().sorted(Comparator.comparing(order::get)).toList())
        .sorted(Comparator.comparing(members -> order.get(members.get(0))))
        .map(TfIdfEventClusterer::event)
        .toList();
  }

  /**
   * A second look at each article left alone in its event: in one pass it could only join events
   * begun before it, as they stood then, so an early report of a happening whose coverage
   * gathered later stays apart. It now joins the most similar event, by the same rule and the same
   * candidate keys (so blocks split along those keys still give the same events), if any passes
   * the threshold.
   */
  private void rejoinLoneArticles(List<Growing> events, Map<String, List<Integer>> index, TermVectors vectors) {
    for (int i = 0; i < events.size(); i++) {
      Growing alone = events.get(i);
      if (alone.members.size() != 1) {
        continue;
      }
      AnnotatedArticle a = alone.members.get(0);
      Map<String, Double> vector = vectors.vector(a.article());
      LocalDate day = publishedDay(a.article());
      int best = bestEvent(a, vector, day, candidates(keys(a, vector), index), events, i);
      if (best >= 0) {
        events.get(best).add(a, vector, day);
        alone.members.clear();
      }
    }
  }

  /**
   * The events sharing the most of {@code keys} (at most {@link #MAX_SCORED}, by event number):
   * only these are scored in full, as cosine is the costly part.
   */
  private List<Integer> candidates(List<String> keys, Map<String, List<Integer>> index) {
    Map<Integer, Integer> keyHits = new HashMap<>();
    for (String k : keys) {
      List<Integer> posting = index.getOrDefault(k, List.of());
      // The latest events first: in publication order, older ones are the likeliest closed.
      for (int p = posting.size() - 1; p >= 0 && p >= posting.size() - config.candidatesPerKey(); p--) {
        keyHits.merge(posting.get(p), 1, Integer::sum);
      }
    }
    return keyHits.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_SCORED)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /**
   * The open candidate most similar to the article, at or above the join threshold (the first of
   * equals), other than {@code except} and emptied events; -1 when none is.
   */
  private int bestEvent(
      AnnotatedArticle a,
      Map<String, Double> vector,
      @Nullable LocalDate day,
      List<Integer> candidates,
      List<Growing> events,
      int except) {
    int best = -1;
    double bestScore = config.joinThreshold();
    for (int c : candidates) {
      Growing g = events.get(c);
      if (c == except || g.members.isEmpty() || !open(g, day)) {
        continue;
      }
      double score = similarity(a, vector, g);
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * An event takes an article published within the quiet period of its members' publication days.
   * Dates found in the text do not count here: an article's latest mentioned date is often a
   * background date or a coming one, not when it was written, and would split a happening's
   * coverage; an article with no publication date is placed by its content alone.
   */
  private boolean open(Growing g, @Nullable LocalDate day) {
    return day == null
        || g.latest == null
        || (!day.isAfter(g.latest.plusDays(config.quietDays()))
            && !day.isBefore(g.first.minusDays(config.quietDays())));
  }

  private double similarity(AnnotatedArticle a, Map<String, Double> vector, Growing g) {
    // Cosine with the centroid: the article vector is unit length; divide by the sum's length.
    double text =
        g.centroidNormSquared <= 0 ? 0 : TermVectors.cosine(vector, g.centroidSum) / Math.sqrt(g.centroidNormSquared);
    Set<String> mine = a.entityCounts().keySet();
    if (mine.isEmpty() || g.entityArticles.isEmpty()) {
      return text;
    }
    long shared = mine.stream().filter(g.entityArticles::containsKey).count();
    double entities = shared / (double) Math.min(mine.size(), g.entityArticles.size());
    return (1 - config.entityWeight()) * text + config.entityWeight() * entities;
  }

  /**
   * The keys under which {@link #cluster(List, TermVectors)} indexes {@code a} and looks up its
   * candidate events. An article is only ever compared with events holding an article that shares
   * one of its keys, so articles linked by no chain of shared keys never meet: a batch can be split
   * along these keys into blocks clustered apart with the same result (see currents-spark).
   */
  public List<String> keys(AnnotatedArticle a, TermVectors vectors) {
    return keys(a, vectors.vector(a.article()));
  }

  /** The article's heaviest terms and its entities: the keys that find candidate events. */
  private List<String> keys(AnnotatedArticle a, Map<String, Double> vector) {
    List<String> keys = new ArrayList<>();
    vector.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(config.termsPerArticle())
        .forEach(e -> keys.add("t:" + e.getKey()));
    a.entityCounts().keySet().forEach(name -> keys.add("e:" + name));
    return keys;
  }

  /**
   * The event of {@code members}, in publication order: its id from the first member, its date the
   * day most of them say the happening took place (the earliest of equals), its heaviest entities.
   */
  public static Event event(List<AnnotatedArticle> members) {
    List<String> ids = members.stream().map(m -> m.article().id()).toList();
    String id = "e" + ContentHash.sha256Hex(ids.get(0)).substring(0, 12);
    Map<LocalDate, Long> votes =
        members.stream()
            .map(m -> happened(m.article()))
            .filter(Objects::nonNull)
            .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
    LocalDate date =
        votes.entrySet().stream().max(Map.Entry.<LocalDate, Long>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    return new Event(id, date, ids, EventEntities.weigh(members, MAX_ENTITIES));
  }

  /** The day an article says its happening took place (see {@link TextDates#happened}). */
  private static @Nullable LocalDate happened(Article a) {
    return TextDates.happened(a.text(), publishedDay(a));
  }

  private static @Nullable LocalDate publishedDay(Article a) {
    return a.published() == null ? null : a.published().date();
  }
}
