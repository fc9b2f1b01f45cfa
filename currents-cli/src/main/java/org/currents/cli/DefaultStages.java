package org.currents.cli;

import org.currents.cluster.TfIdfEventClusterer;
import org.currents.dedup.MinHashDeduplicator;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.extract.ArticleExtractor;
import org.currents.extract.DensityArticleExtractor;
import java.time.Clock;
import org.currents.ingest.DetectingInputReader;
import org.currents.ingest.FileInputReader;
import org.currents.ingest.ReadLimits;
import org.currents.ingest.fetch.FetchConfig;
import org.currents.ingest.fetch.PoliteFetcher;
import org.currents.store.FetchMemory;
import org.currents.ingest.InputReader;
import org.currents.link.LinkedEventStories;
import org.currents.link.SharedEntityLinker;
import org.currents.pipeline.BuildRun;
import org.currents.summarize.CentralSentenceSummarizer;

/** The default stage implementations, wired once at the edge. */
record DefaultStages(InputReader reader, ArticleExtractor extractor, BuildRun build) {
  /** Related events shown per event, as in the seed portal. */
  static final int RELATED_LIMIT = 10;

  /**
   * The reader of every source kind (URLs, feeds, sitemaps, WARC, files), fetching with {@code
   * fetch} and remembering validators and stored URLs in {@code memory}.
   */
  static InputReader sourceReader(FetchMemory memory, FetchConfig fetch) {
    return new DetectingInputReader(
        FileInputReader.withDefaults(),
        new PoliteFetcher(fetch, memory, Clock.systemUTC()),
        memory,
        ReadLimits.defaults(),
        DetectingInputReader.Limits.defaults(),
        Clock.systemUTC());
  }

  static DefaultStages create() {
    return new DefaultStages(
        FileInputReader.withDefaults(),
        new DensityArticleExtractor(),
        new BuildRun(
            new MinHashDeduplicator(),
            new RuleBasedEntityFinder(),
            new TfIdfEventClusterer(),
            new CentralSentenceSummarizer(),
            new SharedEntityLinker(),
            new LinkedEventStories(),
            RELATED_LIMIT));
  }
}
