package org.currents.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.currents.cluster.EventClusterer;
import org.currents.dedup.Deduplicator;
import org.currents.dedup.DuplicateGroup;
import org.currents.entity.EntityFinder;
import org.currents.link.EventLinker;
import org.currents.link.StoryFinder;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.Entity;
import org.currents.model.EntityType;
import org.currents.model.Event;
import org.currents.model.EventLink;
import org.currents.model.Mention;
import org.currents.model.Outcome;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.currents.model.Summary;
import org.currents.summarize.EventSummarizer;

/**
 * The stages after storage, over every stored article: dedup -> entities -> cluster -> summarize ->
 * link, giving the {@link Portal} that publishers write. Same articles in, same portal out: the
 * input is put in a defined order first (publication time, undated last, then id).
 */
public final class BuildRun {
  /** Stage names under which outcomes are counted. */
  public static final String DEDUP = "dedup",
      ENTITIES = "entities",
      CLUSTER = "cluster",
      SUMMARIZE = "summarize",
      STORIES = "stories";

  /** The order every cross-document stage sees: by publication instant, undated last, then id. */
  public static final Comparator<Article> PUBLICATION_ORDER =
      Comparator.comparing(
              (Article a) -> a.published() == null ? null : a.published().instantForOrdering(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Article::id);

  private final Deduplicator deduplicator;
  private final EntityFinder entityFinder;
  private final EventClusterer clusterer;
  private final EventSummarizer summarizer;
  private final EventLinker linker;
  private final StoryFinder storyFinder;
  private final int relatedLimit;

  public BuildRun(
      Deduplicator deduplicator,
      EntityFinder entityFinder,
      EventClusterer clusterer,
      EventSummarizer summarizer,
      EventLinker linker,
      StoryFinder storyFinder,
      int relatedLimit) {
    this.deduplicator = deduplicator;
    this.entityFinder = entityFinder;
    this.clusterer = clusterer;
    this.summarizer = summarizer;
    this.linker = linker;
    this.storyFinder = storyFinder;
    this.relatedLimit = relatedLimit;
  }

  /** The portal and the report of what each stage did. */
  public record Result(Portal portal, RunReport report) {}

  public Result run(List<Article> stored, ProgressListener progress) {
    RunReport report = new RunReport();
    List<Article> ordered = stored.stream().sorted(PUBLICATION_ORDER).toList();

    List<DuplicateGroup> groups = deduplicator.group(ordered);
    Set<String> originalIds = groups.stream().map(DuplicateGroup::original).collect(Collectors.toSet());
    List<Article> originals = ordered.stream().filter(a -> originalIds.contains(a.id())).toList();

    List<AnnotatedArticle> annotated = annotate(originals, report, progress);
    List<Event> events = clusterer.cluster(annotated);
    return finish(ordered, groups, annotated, events, report, progress);
  }

  /**
   * The rest of a run once articles are grouped, annotated and clustered: summaries, links,
   * stories, the portal. Public so that a run that did the earlier stages elsewhere (on a cluster,
   * in currents-spark) ends exactly as this one does.
   *
   * @param ordered every article, in {@link #PUBLICATION_ORDER}
   * @param groups the duplicate groups of {@code ordered}
   * @param annotated the groups' originals, annotated and joined across articles, in order
   * @param events the events of {@code annotated}
   */
  public Result finish(
      List<Article> ordered,
      List<DuplicateGroup> groups,
      List<AnnotatedArticle> annotated,
      List<Event> events,
      RunReport report,
      ProgressListener progress) {
    Map<String, Article> byId =
        ordered.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    Map<String, List<String>> copiesOf = new LinkedHashMap<>();
    for (DuplicateGroup g : groups) {
      copiesOf.put(g.original(), g.copies());
      report.count(DEDUP, "original", 1);
      report.count(DEDUP, "copy", g.copies().size());
    }
    report.count(CLUSTER, "events", events.size());
    progress.progress(CLUSTER, events.size(), events.size());

    Map<String, AnnotatedArticle> annotatedById = new LinkedHashMap<>();
    annotated.forEach(a -> annotatedById.put(a.article().id(), a));
    Map<String, Summary> summaries = new LinkedHashMap<>();
    List<Event> summarized = new ArrayList<>();
    for (Event event : events) {
      List<AnnotatedArticle> members =
          event.articleIds().stream().map(annotatedById::get).toList();
      Outcome<Summary> summary = summarizer.summarize(event, members);
      report.count(SUMMARIZE, summary);
      if (summary instanceof Outcome.Ok<Summary> ok) {
        summaries.put(event.id(), ok.value());
        summarized.add(event);
      }
      progress.progress(SUMMARIZE, summaries.size(), events.size());
    }

    Map<String, List<EventLink>> related = linker.link(summarized, relatedLimit);
    List<PortalEvent> portalEvents = new ArrayList<>();
    for (Event event : summarized) {
      // Each original is followed by its copies, so a reader sees who published first.
      Set<String> sources = new LinkedHashSet<>();
      for (String id : event.articleIds()) {
        sources.add(id);
        sources.addAll(copiesOf.getOrDefault(id, List.of()));
      }
      portalEvents.add(
          new PortalEvent(
              event,
              summaries.get(event.id()),
              List.copyOf(sources),
              related.getOrDefault(event.id(), List.of())));
    }
    portalEvents.sort(PORTAL_ORDER);
    Map<String, String> copyOf = new LinkedHashMap<>();
    copiesOf.forEach((original, copies) -> copies.forEach(c -> copyOf.put(c, original)));
    List<Story> stories = storyFinder.stories(summarized, related);
    report.count(STORIES, "stories", stories.size());
    return new Result(new Portal(portalEvents, byId, entities(annotated), copyOf, stories, Map.of()), report);
  }

  /** Newest day first, undated last; within a day, bigger events first, then by id. */
  private static final Comparator<PortalEvent> PORTAL_ORDER =
      Comparator.comparing(
              (PortalEvent e) -> e.event().date(),
              Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
          .thenComparing(e -> -e.sourceArticleIds().size())
          .thenComparing(e -> e.event().id());

  private List<AnnotatedArticle> annotate(
      List<Article> originals, RunReport report, ProgressListener progress) {
    AtomicInteger done = new AtomicInteger();
    // Entity finding is per article and the slowest stage; run it on all cores. The ordered
    // collection keeps the result independent of scheduling.
    List<Outcome<AnnotatedArticle>> outcomes =
        originals.parallelStream()
            .map(
                a -> {
                  Outcome<AnnotatedArticle> out = entityFinder.annotate(a);
                  progress.progress(ENTITIES, done.incrementAndGet(), originals.size());
                  return out;
                })
            .toList();
    List<AnnotatedArticle> annotated = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      report.count(ENTITIES, outcomes.get(i));
      annotated.add(annotatedOrBare(originals.get(i), outcomes.get(i)));
    }
    return entityFinder.joinAcrossArticles(annotated);
  }

  /** The annotated article, or, when its entities could not be found, the article without them. */
  public static AnnotatedArticle annotatedOrBare(Article article, Outcome<AnnotatedArticle> outcome) {
    // An article whose entities could not be found still belongs to the portal.
    return outcome instanceof Outcome.Ok<AnnotatedArticle> ok
        ? ok.value()
        : new AnnotatedArticle(article, List.of());
  }

  private static List<Entity> entities(List<AnnotatedArticle> annotated) {
    Map<String, EntityType> types = new TreeMap<>();
    Map<String, Set<String>> aliases = new TreeMap<>();
    Map<String, Set<String>> articles = new TreeMap<>();
    for (AnnotatedArticle a : annotated) {
      for (Mention m : a.mentions()) {
        types.putIfAbsent(m.canonicalName(), m.type());
        aliases.computeIfAbsent(m.canonicalName(), k -> new java.util.TreeSet<>()).add(m.surface());
        articles.computeIfAbsent(m.canonicalName(), k -> new LinkedHashSet<>()).add(a.article().id());
      }
    }
    List<Entity> out = new ArrayList<>();
    types.forEach(
        (name, type) ->
            out.add(
                new Entity(
                    name, type, List.copyOf(aliases.get(name)), List.copyOf(articles.get(name)))));
    return out;
  }
}
