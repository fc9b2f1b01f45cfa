package org.currents.store;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Where the stores live: the embedded SQLite file in a data directory, or a PostgreSQL database
 * named by a URL. Immutable and thread safe. {@link #toString} names the location for messages,
 * never with its password.
 *
 * <p>Serializable, so a distributed engine can ship it to its workers: it travels as the directory
 * or URL it was made from and is read again on arrival.
 */
public final class StoreLocation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The database file's name inside an embedded data directory. */
  public static final String FILE_NAME = "currents.db";

  private static final int POSTGRESQL_PORT = 5432;

  private final String jdbcUrl;
  private final Properties properties;
  private final SqlDialect dialect;
  private final String shown;
  private final @Nullable Path directory;
  private final String given;

  private StoreLocation(
      String given,
      String jdbcUrl,
      Properties properties,
      SqlDialect dialect,
      String shown,
      @Nullable Path directory) {
    this.given = given;
    this.jdbcUrl = jdbcUrl;
    this.properties = properties;
    this.dialect = dialect;
    this.shown = shown;
    this.directory = directory;
  }

  /** The embedded store: {@value #FILE_NAME} in {@code dataDir}, created on first open. */
  public static StoreLocation embedded(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
    Properties p = new Properties();
    // IMMEDIATE takes the write lock at BEGIN: no transaction ever fails upgrading a read lock,
    // and migrations by two processes run one after the other.
    p.setProperty("transaction_mode", "IMMEDIATE");
    return new StoreLocation(
        dataDir.toString(),
        "jdbc:sqlite:" + file, p, new SqliteDialect(), dataDir.resolve(FILE_NAME).toString(), dataDir);
  }

  /**
   * A PostgreSQL database: {@code postgresql://user:password@host:port/database?params} (also
   * {@code postgres://} and {@code jdbc:postgresql://}). The user and password may instead be
   * given as {@code user=} and {@code password=} parameters; other parameters go to the JDBC
   * driver, and {@code currentSchema=NAME} keeps the stores in that schema, created if missing.
   *
   * @throws IllegalArgumentException when {@code url} is not such a URL, saying why
   */
  public static StoreLocation parse(String url) {
    String plain = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
    URI u;
    try {
      u = new URI(plain);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a database URL: " + redact(url) + " (" + e.getReason() + ")", e);
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
      throw new IllegalArgumentException(
          "unsupported database URL "
              + redact(url)
              + ": expected postgresql://user:password@host:port/database");
    }
    if (u.getHost() == null) {
      throw new IllegalArgumentException("the database URL " + redact(url) + " names no valid host[:port]");
    }
    String database = u.getRawPath() == null ? "" : u.getRawPath();
    if (database.length() <= 1 || database.indexOf('/', 1) >= 0) {
      throw new IllegalArgumentException("the database URL " + redact(url) + " names no database");
    }
    String hostPort = u.getHost() + ":" + (u.getPort() < 0 ? POSTGRESQL_PORT : u.getPort());
    Properties p = new Properties();
    p.setProperty("ApplicationName", "currents");
    String user = null;
    if (u.getRawUserInfo() != null) {
      String[] parts = u.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      p.setProperty("user", user);
      if (parts.length == 2) {
        p.setProperty("password", decode(parts[1]));
      }
    }
    List<String> shownParams = new ArrayList<>();
    String schema = null;
    if (u.getRawQuery() != null) {
      for (String param : u.getRawQuery().split("&")) {
        String name = param.split("=", 2)[0];
        if (name.equals("currentSchema")) {
          schema = decode(param.substring(name.length() + 1));
        }
        shownParams.add(name.equals("password") ? "password=***" : param);
      }
    }
    String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
    String shown =
        "postgresql://"
            + (user == null ? "" : user + "@")
            + hostPort
            + database
            + (shownParams.isEmpty() ? "" : "?" + String.join("&", shownParams));
    return new StoreLocation(
        url,
        "jdbc:postgresql://" + hostPort + database + query,
        p,
        new PostgresqlDialect(schema),
        shown,
        null);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** {@code url} with the password of its user part hidden, for messages. */
  private static String redact(String url) {
    return url.replaceFirst("//([^/@:]*):[^/@]*@", "//$1:***@").replaceAll("password=[^&]*", "password=***");
  }

  SqlDialect dialect() {
    return dialect;
  }

  /** A new connection, prepared by the dialect; the caller closes it. */
  Connection connect() {
    if (directory != null) {
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new StoreException("cannot create the data directory " + directory + ": " + e, e);
      }
    }
    try {
      Connection c = DriverManager.getConnection(jdbcUrl, properties);
      try {
        dialect.prepare(c);
        return c;
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + this + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return shown;
  }

  private Object writeReplace() {
    return new Given(directory != null, given);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a StoreLocation travels as the location it was made from");
  }

  /** The serial form: the directory or URL as given, read again on arrival. */
  private record Given(boolean embedded, String location) implements Serializable {
    private Object readResolve() {
      return embedded ? StoreLocation.embedded(Path.of(location)) : StoreLocation.parse(location);
    }
  }
}
