package org.currents.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.currents.model.EventMove;
import org.currents.model.StoredEvent;

/**
 * The event store on any SQL database the dialect covers, in the same database as the articles
 * ({@link Stores} opens both, and migrates first). Replacing the events and adding the moves is one
 * transaction: a killed build leaves the previous events whole.
 *
 * <p>Not thread safe: one instance per thread.
 */
final class JdbcEventStore implements EventStore {
  private final Connection connection;
  private final Clock clock;

  private JdbcEventStore(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /** Opens the event tables at {@code location}; their schema must be migrated already. */
  static JdbcEventStore open(StoreLocation location) {
    return new JdbcEventStore(location.connect(), Clock.systemUTC());
  }

  @Override
  public List<StoredEvent> events() {
    // Sorted here, not by ORDER BY: a server's text collation may not be SQLite's binary order.
    Map<String, String> paths = new TreeMap<>();
    Map<String, List<String>> articles = new HashMap<>();
    try (Statement st = connection.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT id, path FROM event")) {
        while (rs.next()) {
          paths.put(rs.getString(1), rs.getString(2));
          articles.put(rs.getString(1), new ArrayList<>());
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT event_id, article_id FROM event_article")) {
        while (rs.next()) {
          articles.get(rs.getString(1)).add(rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read events: " + e.getMessage(), e);
    }
    List<StoredEvent> out = new ArrayList<>();
    paths.forEach(
        (id, path) -> out.add(new StoredEvent(id, path, articles.get(id).stream().sorted().toList())));
    return out;
  }

  @Override
  public List<EventMove> moves() {
    List<EventMove> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT old_id, old_path, new_id, kind FROM event_move ORDER BY seq")) {
      while (rs.next()) {
        out.add(new EventMove(rs.getString(1), rs.getString(2), rs.getString(3),
            EventMove.Kind.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT))));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read event history: " + e.getMessage(), e);
    }
  }

  @Override
  public void replace(List<StoredEvent> events, List<EventMove> moves) {
    try {
      connection.setAutoCommit(false);
      try (Statement st = connection.createStatement();
          PreparedStatement event = connection.prepareStatement("INSERT INTO event (id, path) VALUES (?, ?)");
          PreparedStatement member = connection.prepareStatement("INSERT INTO event_article (event_id, article_id) VALUES (?, ?)");
          PreparedStatement move = connection.prepareStatement(
              "INSERT INTO event_move (old_id, old_path, new_id, kind, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
        st.executeUpdate("DELETE FROM event_article");
        st.executeUpdate("DELETE FROM event");
        for (StoredEvent e : events) {
          event.setString(1, e.id());
          event.setString(2, e.path());
          event.executeUpdate();
          for (String a : e.articleIds()) {
            member.setString(1, e.id());
            member.setString(2, a);
            member.executeUpdate();
          }
        }
        String now = Instant.now(clock).toString();
        for (EventMove m : moves) {
          move.setString(1, m.oldId());
          move.setString(2, m.oldPath());
          move.setString(3, m.newId());
          move.setString(4, m.kind().id());
          move.setString(5, now);
          move.executeUpdate();
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store events: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
