package dev.kassa.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Kassa's database as PostgreSQL counts it: transactions ({@code xact_commit + xact_rollback} of
 * {@code pg_stat_database}) and, when the {@code pg_stat_statements} extension is loaded and
 * created in that database, statements executed. PostgreSQL publishes a backend's counts when its
 * transaction ends, at most about once a second, so a delta over a window under steady load is
 * right to about a second's worth of work.
 */
final class DbStats implements AutoCloseable {

  /** Counters at one moment; {@code statements} is -1 when unknown. */
  record Sample(long transactions, long statements) {
    static final Sample NONE = new Sample(-1, -1);

    Sample until(Sample end) {
      return new Sample(
          transactions < 0 || end.transactions < 0 ? -1 : end.transactions - transactions,
          statements < 0 || end.statements < 0 ? -1 : end.statements - statements);
    }
  }

  private static final String TRANSACTIONS =
      "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()";
  private static final String STATEMENTS =
      "select coalesce(sum(calls), 0) from pg_stat_statements"
          + " where dbid = (select oid from pg_database where datname = current_database())";

  private static final String BACKLOG =
      "select count(*), coalesce(extract(epoch from now() - min(pending_since)), 0)"
          + " from event_deliveries where status = 'pending'";

  private final Connection connection;
  private String statementsUnavailable;

  private DbStats(Connection connection, String statementsUnavailable) {
    this.connection = connection;
    this.statementsUnavailable = statementsUnavailable;
  }

  /** Connected to {@code probes.statsUrl()}, or a no-op when there is none. */
  static DbStats open(Options.Probes probes) throws SQLException {
    if (probes.statsUrl().isBlank()) {
      return new DbStats(null, "no --stats-url (embedded database)");
    }
    var connection =
        DriverManager.getConnection(probes.statsUrl(), probes.statsUser(), probes.statsPassword());
    connection.setAutoCommit(true);
    return new DbStats(connection, null);
  }

  synchronized Sample sample() {
    if (connection == null) {
      return Sample.NONE;
    }
    try {
      long transactions = single(TRANSACTIONS);
      long statements = -1;
      if (statementsUnavailable == null) {
        try {
          statements = single(STATEMENTS);
        } catch (SQLException missing) {
          statementsUnavailable =
              "pg_stat_statements: "
                  + missing.getMessage().lines().findFirst().orElse("unavailable");
        }
      }
      return new Sample(transactions, statements);
    } catch (SQLException e) {
      return Sample.NONE;
    }
  }

  /**
   * The event deliveries still pending in Kassa's database and how long the oldest has waited, in
   * seconds: whether its workers kept up with the events of a run. Empty with no database or before
   * its tables exist.
   */
  synchronized Optional<String> eventBacklog() {
    if (connection == null) {
      return Optional.empty();
    }
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(BACKLOG)) {
      rows.next();
      return Optional.of(
          "%d event deliveries pending, the oldest %.1f s old"
              .formatted(rows.getLong(1), rows.getDouble(2)));
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /** Why statements are not counted, or empty when they are. */
  synchronized Optional<String> statementsUnavailable() {
    return Optional.ofNullable(statementsUnavailable);
  }

  private long single(String sql) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }
}
