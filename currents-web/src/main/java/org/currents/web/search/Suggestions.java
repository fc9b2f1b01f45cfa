package org.currents.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.currents.model.Entity;
import org.currents.model.PortalEvent;
import org.currents.web.PortalSite;
import org.jspecify.annotations.Nullable;

/**
 * Completions as a reader types a search: entity names and event summaries that hold a word
 * starting with what was typed, anywhere in them ({@code "ban"} finds "Bank of England"), the most
 * cited first. Lucene's {@link AnalyzingInfixSuggester} in memory, built once per portal like
 * {@link EventIndex}. Thread safe after construction.
 */
public final class Suggestions {
  /** Most suggestions one request returns. */
  public static final int MAX = 20;

  /** What a suggestion is, so a client can show entities and events apart. */
  public enum Kind {
    ENTITY,
    EVENT
  }

  /**
   * One suggestion.
   *
   * @param text the name or summary, as stored (plain text, not escaped)
   * @param kind what it names
   * @param path its page on the portal
   */
  public record Suggestion(String text, Kind kind, String path) {}

  private final AnalyzingInfixSuggester suggester;

  public Suggestions(PortalSite site) {
    List<Suggestion> all = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    for (Entity e : site.portal().entities()) {
      String path = site.entityPath(e.canonicalName());
      if (path != null) {
        all.add(new Suggestion(e.canonicalName(), Kind.ENTITY, path));
        // Entities first: a name is what a reader most often starts typing.
        weights.add(2L * e.articleIds().size());
      }
    }
    for (PortalEvent e : site.latest()) {
      all.add(new Suggestion(e.summary().sentence(), Kind.EVENT, site.eventPath(e.event().id())));
      weights.add((long) e.sourceArticleIds().size());
    }
    try {
      suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new StandardAnalyzer());
      suggester.build(new Entries(all, weights));
    } catch (IOException e) {
      // A memory directory does no I/O: this is not bad input but a broken invariant.
      throw new UncheckedIOException(e);
    }
  }

  /** Up to {@code limit} suggestions for what a reader typed so far, best first; none for blank text. */
  public List<Suggestion> suggest(String typed, int limit) {
    if (limit < 1 || limit > MAX) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX + ": " + limit);
    }
    if (typed.isBlank()) {
      return List.of();
    }
    try {
      List<Suggestion> found = new ArrayList<>();
      for (Lookup.LookupResult r : suggester.lookup(typed, limit, true, false)) {
        String[] payload = r.payload.utf8ToString().split("\n", 2);
        found.add(new Suggestion(r.key.toString(), Kind.valueOf(payload[0]), payload[1]));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The suggestions as the suggester reads them: text, weight, and kind and path as payload. */
  private static final class Entries implements InputIterator {
    private final List<Suggestion> all;
    private final List<Long> weights;
    private int i = -1;

    Entries(List<Suggestion> all, List<Long> weights) {
      this.all = all;
      this.weights = weights;
    }

    @Override
    public @Nullable BytesRef next() {
      i++;
      return i < all.size() ? new BytesRef(all.get(i).text()) : null;
    }

    @Override
    public long weight() {
      return weights.get(i);
    }

    @Override
    public BytesRef payload() {
      return new BytesRef(all.get(i).kind() + "\n" + all.get(i).path());
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return Collections.emptySet();
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
