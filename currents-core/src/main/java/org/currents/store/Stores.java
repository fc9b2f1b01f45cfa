package org.currents.store;

/**
 * The one way code opens the stores: the articles (with the source list and the fetcher's memory)
 * and the events, at a {@link StoreLocation}, embedded or on a PostgreSQL server. Opening applies
 * any pending migrations. Closing closes both; use one instance from one thread, except {@link
 * #articles}, {@link #sources} and {@link #fetchMemory}, which are thread safe.
 */
public final class Stores implements AutoCloseable {
  private final StoreLocation location;
  private final JdbcArticleStore articles;
  private final JdbcEventStore events;

  private Stores(StoreLocation location, JdbcArticleStore articles, JdbcEventStore events) {
    this.location = location;
    this.articles = articles;
    this.events = events;
  }

  /**
   * Opens the stores at {@code location}, creating and migrating them if needed.
   *
   * @throws StoreException when the location cannot be reached, read or migrated; the message
   *     names the location
   */
  public static Stores open(StoreLocation location) {
    JdbcArticleStore articles = JdbcArticleStore.open(location);
    try {
      return new Stores(location, articles, JdbcEventStore.open(location));
    } catch (RuntimeException e) {
      articles.close();
      throw e;
    }
  }

  public StoreLocation location() {
    return location;
  }

  public ArticleStore articles() {
    return articles;
  }

  public SourceList sources() {
    return articles;
  }

  public FetchMemory fetchMemory() {
    return articles;
  }

  public EventStore events() {
    return events;
  }

  @Override
  public void close() {
    try {
      events.close();
    } finally {
      articles.close();
    }
  }
}
