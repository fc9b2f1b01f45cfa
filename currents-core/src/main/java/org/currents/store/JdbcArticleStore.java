package org.currents.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.currents.model.Article;
import org.currents.model.DateSource;
import org.currents.model.Origin;
import org.currents.model.Outcome;
import org.currents.model.Problem;
import org.currents.model.ProblemCode;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
import org.jspecify.annotations.Nullable;

/**
 * The article store on any SQL database the dialect covers: the embedded SQLite file or a
 * PostgreSQL server, same schema (by {@link Migrations}), same SQL. Every write is its own
 * transaction, so a killed process loses at most the article being written, never half of one.
 * Two processes may write at once: a clash on a unique key is looked at again, and becomes a
 * duplicate or a retry, never an error.
 *
 * <p>Thread safe: every method holds the store's lock, so fetcher threads can ask {@link
 * FetchMemory} questions while the ingest thread writes.
 */
final class JdbcArticleStore implements ArticleStore, SourceList, FetchMemory {
  private static final String COLUMNS =
      "id, url, title, byline, published_date, published_time, published_offset,"
          + " published_source, site, language, image, text, source, fetched_url, fetched_at,"
          + " content_hash, origin_kind, origin_location, origin_record, http_status, domain";

  /** Inserts tried before a writer that keeps losing the race for the next seq gives up. */
  private static final int INSERT_ATTEMPTS = 20;

  private final Connection connection;
  private final SqlDialect dialect;
  private final Clock clock;

  private JdbcArticleStore(Connection connection, SqlDialect dialect, Clock clock) {
    this.connection = connection;
    this.dialect = dialect;
    this.clock = clock;
  }

  /** Opens (creating if needed) the store at {@code location}, migrating its schema. */
  static JdbcArticleStore open(StoreLocation location) {
    return open(location, Clock.systemUTC());
  }

  static JdbcArticleStore open(StoreLocation location, Clock clock) {
    Connection c = location.connect();
    try {
      Migrations.apply(c, location.dialect());
      return new JdbcArticleStore(c, location.dialect(), clock);
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("cannot open the store " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Outcome<Article> add(Article a) {
    try {
      for (int attempt = 1; ; attempt++) {
        @Nullable String existing = existingMatch(a);
        if (existing != null) {
          return Outcome.skipped(ProblemCode.DUPLICATE, a.provenance().source(), existing);
        }
        try {
          insert(a);
          return Outcome.ok(a);
        } catch (SQLException e) {
          // Another process stored the same article, or took the same seq, since the check above.
          if (!dialect.isUniqueViolation(e) || attempt == INSERT_ATTEMPTS) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + a.id() + ": " + e.getMessage(), e);
    }
  }

  private void insert(Article a) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO article (seq, "
                + COLUMNS
                + ") VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM article),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      PublishDate p = a.published();
      ps.setString(1, a.id());
      ps.setString(2, a.url());
      ps.setString(3, a.title());
      ps.setString(4, a.byline());
      ps.setString(5, p == null ? null : p.date().toString());
      ps.setString(6, p == null || p.time() == null ? null : p.time().toString());
      ps.setString(7, p == null || p.offset() == null ? null : p.offset().getId());
      ps.setString(8, p == null ? null : p.source().name());
      ps.setString(9, a.site());
      ps.setString(10, a.language());
      ps.setString(11, a.image());
      ps.setString(12, a.text());
      ps.setString(13, a.provenance().source());
      ps.setString(14, a.provenance().fetchedUrl());
      ps.setString(15, a.provenance().fetchedAt().toString());
      ps.setString(16, a.provenance().contentHash());
      Origin origin = a.provenance().origin();
      ps.setString(17, origin.kind());
      ps.setString(18, origin.location());
      ps.setString(19, origin.record());
      if (origin.httpStatus() == null) {
        ps.setNull(20, Types.INTEGER);
      } else {
        ps.setInt(20, origin.httpStatus());
      }
      ps.setString(21, a.domain());
      ps.executeUpdate();
    }
  }

  private @Nullable String existingMatch(Article a) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT id, id = ? FROM article WHERE id = ? OR content_hash = ? LIMIT 1")) {
      ps.setString(1, a.id());
      ps.setString(2, a.id());
      ps.setString(3, a.provenance().contentHash());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return rs.getBoolean(2)
            ? "article " + a.id() + " is already stored"
            : "the same text is already stored as article " + rs.getString(1);
      }
    }
  }

  @Override
  public synchronized void recordProblem(Problem problem) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO problem (input, code, detail, recorded_at) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, problem.input());
      ps.setString(2, problem.code().id());
      ps.setString(3, problem.detail());
      ps.setString(4, Instant.now(clock).toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record a problem for " + problem.input(), e);
    }
  }

  @Override
  public synchronized List<Article> articles() {
    List<Article> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM article ORDER BY seq")) {
      while (rs.next()) {
        out.add(toArticle(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read articles: " + e.getMessage(), e);
    }
  }

  private static Article toArticle(ResultSet rs) throws SQLException {
    String day = rs.getString("published_date");
    PublishDate published = null;
    if (day != null) {
      String time = rs.getString("published_time");
      String offset = rs.getString("published_offset");
      published =
          new PublishDate(
              LocalDate.parse(day),
              time == null ? null : LocalTime.parse(time),
              offset == null ? null : ZoneOffset.of(offset),
              DateSource.valueOf(rs.getString("published_source")));
    }
    return new Article(
        rs.getString("id"),
        rs.getString("url"),
        rs.getString("title"),
        rs.getString("byline"),
        published,
        rs.getString("site"),
        rs.getString("language"),
        rs.getString("image"),
        rs.getString("text"),
        new Provenance(
            rs.getString("source"),
            rs.getString("fetched_url"),
            Instant.parse(rs.getString("fetched_at")),
            rs.getString("content_hash"),
            new Origin(
                rs.getString("origin_kind"),
                rs.getString("origin_location"),
                rs.getString("origin_record"),
                (Integer) rs.getObject("http_status"))));
  }

  @Override
  public synchronized int articleCount() {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw new StoreException("cannot count articles: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT input, code, detail FROM problem ORDER BY seq")) {
      while (rs.next()) {
        out.add(
            new Problem(
                ProblemCode.fromId(rs.getString(2)),
                rs.getString(1),
                rs.getString(3)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read problems: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized boolean addSource(String location) {
    return update(
        "INSERT INTO source (location, added_at, seq)"
            + " VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM source))"
            + " ON CONFLICT (location) DO NOTHING",
        location,
        Instant.now(clock).toString()) == 1;
  }

  @Override
  public synchronized boolean removeSource(String location) {
    return update("DELETE FROM source WHERE location = ?", location) == 1;
  }

  @Override
  public synchronized List<Source> sources() {
    List<Source> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT location, added_at, last_read_at, last_status, last_detail FROM source"
                    + " ORDER BY seq, location")) {
      while (rs.next()) {
        out.add(
            new Source(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read sources: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void recordRead(String location, String status, String detail) {
    update(
        "UPDATE source SET last_read_at = ?, last_status = ?, last_detail = ? WHERE location = ?",
        Instant.now(clock).toString(),
        status,
        detail,
        location);
  }

  @Override
  public synchronized @Nullable Validators validators(String url) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT etag, last_modified FROM fetch_validator WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Validators(rs.getString(1), rs.getString(2)) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read validators of " + url + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void remember(String url, Validators validators) {
    update(
        "INSERT INTO fetch_validator (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
            + " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at",
        url,
        validators.etag(),
        validators.lastModified(),
        Instant.now(clock).toString());
  }

  @Override
  public synchronized boolean isStored(String url) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT 1 FROM article WHERE url = ? OR fetched_url = ? LIMIT 1")) {
      ps.setString(1, url);
      ps.setString(2, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up " + url + ": " + e.getMessage(), e);
    }
  }

  private int update(String sql, @Nullable String... values) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setString(i + 1, values[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("store update failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
