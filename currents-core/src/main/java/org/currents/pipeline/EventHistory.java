package org.currents.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.currents.model.EventMove;
import org.currents.model.StoredEvent;

/**
 * Compares the events of two builds by their articles and names every event that moved: merged
 * into another, split into several, or kept with a new id or page. Pure and deterministic.
 */
public final class EventHistory {
  private EventHistory() {}

  /** The moves from {@code before} to {@code after}, in old-id order. */
  public static List<EventMove> moves(List<StoredEvent> before, List<StoredEvent> after) {
    Map<String, String> eventOfArticle = new HashMap<>();
    Map<String, StoredEvent> afterById = new HashMap<>();
    for (StoredEvent e : after) {
      afterById.put(e.id(), e);
      e.articleIds().forEach(a -> eventOfArticle.put(a, e.id()));
    }
    // Which old events feed each new one: more than one means a merge.
    Map<String, Set<String>> sources = new HashMap<>();
    for (StoredEvent old : before) {
      for (String a : old.articleIds()) {
        String now = eventOfArticle.get(a);
        if (now != null) {
          sources.computeIfAbsent(now, k -> new HashSet<>()).add(old.id());
        }
      }
    }
    List<EventMove> moves = new ArrayList<>();
    for (StoredEvent old : before.stream().sorted(java.util.Comparator.comparing(StoredEvent::id)).toList()) {
      StoredEvent same = afterById.get(old.id());
      if (same != null && same.path().equals(old.path()) && same.articleIds().containsAll(old.articleIds())) {
        continue;
      }
      Map<String, Integer> shares = new TreeMap<>();
      for (String a : old.articleIds()) {
        String now = eventOfArticle.get(a);
        if (now != null) {
          shares.merge(now, 1, Integer::sum);
        }
      }
      if (shares.isEmpty()) {
        continue; // its articles are gone from the store: nothing to point to
      }
      // The new event holding most of its articles; on a tie, the smallest id.
      String target = null;
      for (Map.Entry<String, Integer> share : shares.entrySet()) {
        if (target == null || share.getValue() > shares.get(target)) {
          target = share.getKey();
        }
      }
      if (target.equals(old.id()) && afterById.get(target).path().equals(old.path())) {
        continue; // it kept its id and page and only lost articles: nothing moved
      }
      EventMove.Kind kind =
          shares.size() > 1
              ? EventMove.Kind.SPLIT
              : sources.getOrDefault(target, Set.of()).size() > 1 ? EventMove.Kind.MERGED : EventMove.Kind.MOVED;
      moves.add(new EventMove(old.id(), old.path(), target, kind));
    }
    return moves;
  }

  /**
   * Old page to current page for every move ever recorded, following chains of moves (a merged
   * event that later split) to an event that exists now. Pages that are current stay out.
   */
  public static Map<String, String> redirects(List<EventMove> history, List<StoredEvent> current) {
    Map<String, String> pathOf = new HashMap<>();
    current.forEach(e -> pathOf.put(e.id(), e.path()));
    Map<String, String> latestMoveOf = new HashMap<>();
    history.forEach(m -> latestMoveOf.put(m.oldId(), m.newId()));
    Map<String, String> out = new TreeMap<>();
    for (EventMove m : history) {
      String id = m.newId();
      Set<String> seen = new HashSet<>();
      while (!pathOf.containsKey(id) && latestMoveOf.containsKey(id) && seen.add(id)) {
        id = latestMoveOf.get(id);
      }
      String path = pathOf.get(id);
      if (path != null && !pathOf.containsValue(m.oldPath())) {
        out.put(m.oldPath(), path);
      }
    }
    return out;
  }
}
