package org.currents.pipeline;

import java.util.List;
import org.currents.extract.ArticleExtractor;
import org.currents.ingest.InputReader;
import org.currents.model.Article;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.RawPage;
import org.currents.store.ArticleStore;

/**
 * Ingest -> extract -> store, one page at a time: every page is stored (or recorded as a problem)
 * before the next is read, so a killed run loses at most the page in hand, and a rerun adds only
 * what is missing.
 */
public final class IngestRun {
  /** The stage names under which outcomes are counted. */
  public static final String READ = "read", EXTRACT = "extract", STORE = "store";

  private final InputReader reader;
  private final ArticleExtractor extractor;
  private final ArticleStore store;

  public IngestRun(InputReader reader, ArticleExtractor extractor, ArticleStore store) {
    this.reader = reader;
    this.extractor = extractor;
    this.store = store;
  }

  public RunReport run(List<String> sources, ProgressListener progress) {
    RunReport report = new RunReport();
    int[] done = {0};
    for (String source : sources) {
      reader.read(
          source,
          item -> {
            handle(item, report);
            progress.progress("ingest", ++done[0], -1);
          });
    }
    return report;
  }

  private void handle(Outcome<Ingested> item, RunReport report) {
    report.count(READ, item);
    if (!(item instanceof Outcome.Ok<Ingested> ok)) {
      record(item);
      return;
    }
    Outcome<Article> article = article(ok.value(), extractor);
    if (ok.value() instanceof RawPage) {
      report.count(EXTRACT, article);
    }
    if (article instanceof Outcome.Ok<Article> a) {
      report.count(STORE, store.add(a.value()));
    } else {
      record(article);
    }
  }

  /**
   * The article an ingested item gives: a raw page extracted by {@code extractor}, an article (a
   * JSON Lines row) as it is. Public so that a distributed run extracts exactly as this one does.
   */
  public static Outcome<Article> article(Ingested item, ArticleExtractor extractor) {
    if (item instanceof RawPage page) {
      // The extractor knows the page, not where it came from: carry the origin over.
      return extractor
          .extract(page)
          .map(a -> a.withProvenance(a.provenance().withOrigin(page.origin())));
    }
    return Outcome.ok((Article) item);
  }

  private void record(Outcome<?> outcome) {
    if (outcome.problem() != null) {
      store.recordProblem(outcome.problem());
    }
  }
}
