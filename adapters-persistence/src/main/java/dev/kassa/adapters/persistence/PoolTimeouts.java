package dev.kassa.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a pooled connection may take to come, and a statement to run, before the caller is told
 * the database is unavailable. A dead server is noticed within {@code connect} when asking for a
 * connection and within {@code statement} plus {@link #SOCKET_MARGIN} during a statement (the
 * socket timeout, for a server that vanished without closing its connections).
 *
 * @param connect the wait for a connection from the pool, and for a new one to log in
 * @param statement PostgreSQL's {@code statement_timeout} on every pooled connection; zero for none
 */
public record PoolTimeouts(Duration connect, Duration statement) {

  static final Duration SOCKET_MARGIN = Duration.ofSeconds(5);
  private static final Duration SHORTEST_CONNECT = Duration.ofMillis(250);

  /** What suits an HTTP API: a couple of seconds to connect, a few to run a statement. */
  public static final PoolTimeouts API =
      new PoolTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

  public PoolTimeouts {
    Objects.requireNonNull(connect, "connect");
    Objects.requireNonNull(statement, "statement");
    if (connect.compareTo(SHORTEST_CONNECT) < 0) {
      throw new IllegalArgumentException("connect must be at least " + SHORTEST_CONNECT);
    }
    if (statement.isNegative()) {
      throw new IllegalArgumentException("statement must not be negative");
    }
  }

  /**
   * The socket timeout in whole seconds, as pgjdbc takes it; zero (none) without a statement one.
   */
  int socketTimeoutSeconds() {
    return statement.isZero() ? 0 : seconds(statement.plus(SOCKET_MARGIN));
  }

  int connectSeconds() {
    return seconds(connect);
  }

  private static int seconds(Duration duration) {
    return Math.toIntExact(Math.max(1, (duration.toMillis() + 999) / 1000));
  }
}
