package org.currents.cli;

import org.currents.cluster.TfIdfEventClusterer;
import org.currents.dedup.MinHashDeduplicator;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.extract.ArticleExtractor;
import org.currents.extract.DensityArticleExtractor;
import org.currents.ingest.FileInputReader;
import org.currents.ingest.InputReader;
import org.currents.link.LinkedEventStories;
import org.currents.link.SharedEntityLinker;
import org.currents.pipeline.BuildRun;
import org.currents.summarize.CentralSentenceSummarizer;

/** The default stage implementations, wired once at the edge. */
record DefaultStages(InputReader reader, ArticleExtractor extractor, BuildRun build) {
  /** Related events shown per event, as in the seed portal. */
  static final int RELATED_LIMIT = 10;

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
