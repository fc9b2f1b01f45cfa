package org.currents.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.currents.cluster.EventClusterer;
import org.currents.entity.EntityFinder;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;
import org.currents.model.Outcome;
import org.currents.pipeline.BuildRun;

/**
 * Clusters every document of a gold-labelled corpus at once, all topics mixed in the order the
 * build uses, and scores the events against the gold.
 */
public final class EventClusteringEval {
  private final EntityFinder entities;
  private final EventClusterer clusterer;

  public EventClusteringEval(EntityFinder entities, EventClusterer clusterer) {
    this.entities = entities;
    this.clusterer = clusterer;
  }

  /** Predicted events and their scores. */
  public record Result(List<Event> events, ClusterScores scores) {}

  public Result run(List<EcbPlusCorpus.Document> documents) {
    Map<String, String> gold = new HashMap<>();
    documents.forEach(d -> gold.put(d.article().id(), d.goldEvent()));
    List<AnnotatedArticle> annotated =
        documents.parallelStream()
            .map(EcbPlusCorpus.Document::article)
            .sorted(BuildRun.PUBLICATION_ORDER)
            .map(a -> entities.annotate(a) instanceof Outcome.Ok<AnnotatedArticle> ok ? ok.value() : new AnnotatedArticle(a, List.of()))
            .toList();
    List<Event> events = clusterer.cluster(annotated);
    Map<String, String> predicted = new HashMap<>();
    for (Event e : events) {
      e.articleIds().forEach(id -> predicted.put(id, e.id()));
    }
    return new Result(events, ClusterScores.of(predicted, gold));
  }
}
