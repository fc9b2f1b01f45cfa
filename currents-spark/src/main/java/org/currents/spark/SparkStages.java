package org.currents.spark;

import java.io.Serializable;
import java.time.Clock;
import org.currents.cluster.ClusterConfig;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.dedup.MinHashDeduplicator;
import org.currents.entity.EntityFinder;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.extract.ArticleExtractor;
import org.currents.extract.DensityArticleExtractor;
import org.currents.ingest.DetectingInputReader;
import org.currents.ingest.FileInputReader;
import org.currents.ingest.InputReader;
import org.currents.ingest.ReadLimits;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.link.LinkedEventStories;
import org.currents.link.SharedEntityLinker;
import org.currents.pipeline.BuildRun;
import org.currents.store.FetchMemory;
import org.currents.summarize.CentralSentenceSummarizer;

/**
 * Makes the core stage objects where they run: shipped to the executors as this small factory,
 * called once per partition, so the stages themselves (with their models and caches) never cross
 * the network. Implementations must be serialisable and stateless.
 */
public interface SparkStages extends Serializable {
  /** Reads one input file (WARC, JSON Lines, HTML) into pages and articles. */
  InputReader reader();

  ArticleExtractor extractor();

  MinHashDeduplicator deduplicator();

  EntityFinder entityFinder();

  ClusterConfig clusterConfig();

  /** The clusterer each time window runs. */
  default TfIdfEventClusterer clusterer() {
    return new TfIdfEventClusterer(clusterConfig());
  }

  /**
   * The stages after clustering, run on the driver over all events (summaries, links, stories):
   * only its {@link BuildRun#finish} is used.
   */
  BuildRun build();

  /** The core defaults, as {@code currents build} runs them. */
  static SparkStages defaults() {
    return new Defaults();
  }

  /** The default stages; files only (a cluster does not fetch URLs: crawl first, then run). */
  final class Defaults implements SparkStages {
    private static final long serialVersionUID = 1L;

    /** Related events shown per event, as {@code currents build} shows them. */
    static final int RELATED_LIMIT = 10;

    @Override
    public InputReader reader() {
      return new DetectingInputReader(
          FileInputReader.withDefaults(),
          url ->
              Outcome.failed(
                  ProblemCode.FETCH_FAILED, url, "a distributed run reads files; fetch URLs with currents ingest"),
          FetchMemory.none(),
          ReadLimits.defaults(),
          DetectingInputReader.Limits.defaults(),
          Clock.systemUTC());
    }

    @Override
    public ArticleExtractor extractor() {
      return new DensityArticleExtractor();
    }

    @Override
    public MinHashDeduplicator deduplicator() {
      return new MinHashDeduplicator();
    }

    @Override
    public EntityFinder entityFinder() {
      return new RuleBasedEntityFinder();
    }

    @Override
    public ClusterConfig clusterConfig() {
      return ClusterConfig.defaults();
    }

    @Override
    public BuildRun build() {
      return new BuildRun(
          deduplicator(),
          entityFinder(),
          clusterer(),
          new CentralSentenceSummarizer(),
          new SharedEntityLinker(),
          new LinkedEventStories(),
          RELATED_LIMIT);
    }
  }
}
