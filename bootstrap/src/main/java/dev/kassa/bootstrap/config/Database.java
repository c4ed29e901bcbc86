package dev.kassa.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the data lives. With a {@code jdbcUrl} Kassa uses that PostgreSQL; without one it starts an
 * embedded PostgreSQL keeping its files under {@code dataDir}.
 *
 * <p>{@code DATABASE_URL} may be a JDBC URL ({@code jdbc:postgresql://host:5432/kassa}) or a {@code
 * postgres://user:password@host:port/db} URL, which is turned into a JDBC URL with the user and
 * password taken out; {@code DATABASE_USER} and {@code DATABASE_PASSWORD} win over them.
 *
 * <p>{@code DATABASE_CONNECT_TIMEOUT} bounds the wait for a connection (from the pool, or a new one
 * to a server that does not answer) and {@code DATABASE_STATEMENT_TIMEOUT} the time of a statement
 * (lock waits included): past them a request answers {@code 503 unavailable}. Migrations and the
 * ledger verification are not bound by the statement timeout.
 *
 * <p>{@code LEDGER_BATCHING=on}, the default, groups concurrent money operations without an
 * idempotency key (transfers, deposits and withdrawals, purchases) into shared transactions, one
 * commit per batch, with the ledger's writes of a batch made together (it measured faster, see
 * bench/README.md); {@code off} gives each its own.
 */
public record Database(
    Optional<String> jdbcUrl,
    Optional<String> user,
    Optional<Secret> password,
    Path dataDir,
    Duration connectTimeout,
    Duration statementTimeout,
    Batching ledgerBatching) {

  /** Whether money operations share their transactions. */
  public enum Batching {
    ON,
    OFF
  }

  public static final Path DEFAULT_DATA_DIR = Path.of("./data");
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration SHORTEST_CONNECT_TIMEOUT = Duration.ofMillis(250);

  public Database {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    Objects.requireNonNull(ledgerBatching, "ledgerBatching");
  }

  /** Whether a database was configured, rather than the embedded one. */
  public boolean isExternal() {
    return jdbcUrl.isPresent();
  }

  static Database read(Variables variables) {
    var location = location(variables);
    var connect = variables.positiveDuration("DATABASE_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT);
    if (connect.compareTo(SHORTEST_CONNECT_TIMEOUT) < 0) {
      variables.problem("DATABASE_CONNECT_TIMEOUT", "must be at least PT0.25S, was " + connect);
      connect = DEFAULT_CONNECT_TIMEOUT;
    }
    var statement =
        variables.positiveDuration("DATABASE_STATEMENT_TIMEOUT", DEFAULT_STATEMENT_TIMEOUT);
    var batching = variables.choice("LEDGER_BATCHING", Batching.class, Batching.ON);
    return new Database(
        location.jdbcUrl,
        location.user,
        location.password,
        location.dataDir,
        connect,
        statement,
        batching);
  }

  private record Location(
      Optional<String> jdbcUrl, Optional<String> user, Optional<Secret> password, Path dataDir) {}

  private static Location location(Variables variables) {
    var dataDir = variables.get("KASSA_DATA_DIR").map(Path::of).orElse(DEFAULT_DATA_DIR);
    var user = variables.get("DATABASE_USER");
    var password = variables.secret("DATABASE_PASSWORD");
    var url = variables.get("DATABASE_URL");
    if (url.isEmpty()) {
      Stream.of("DATABASE_USER", "DATABASE_PASSWORD")
          .filter(variables::isSet)
          .forEach(
              name ->
                  variables.problem(name, "is set but DATABASE_URL is not; set DATABASE_URL too"));
      return new Location(Optional.empty(), Optional.empty(), Optional.empty(), dataDir);
    }
    if (url.get().startsWith("jdbc:postgresql:")) {
      return new Location(url, user, password, dataDir);
    }
    if (url.get().startsWith("postgres://") || url.get().startsWith("postgresql://")) {
      try {
        var uri = new URI(url.get());
        if (uri.getHost() != null && uri.getRawPath() != null && uri.getRawPath().length() > 1) {
          return fromUri(uri, user, password, dataDir);
        }
      } catch (URISyntaxException malformed) {
        // reported below
      }
    }
    variables.problem(
        "DATABASE_URL",
        "must be jdbc:postgresql://host:port/db or postgres://user:password@host:port/db");
    return new Location(Optional.empty(), Optional.empty(), Optional.empty(), dataDir);
  }

  private static Location fromUri(
      URI uri, Optional<String> user, Optional<Secret> password, Path dataDir) {
    var jdbc =
        "jdbc:postgresql://"
            + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1)
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    var credentials = Credentials.of(uri);
    return new Location(
        Optional.of(jdbc), user.or(credentials::user), password.or(credentials::password), dataDir);
  }

  @Override
  public String toString() {
    if (jdbcUrl.isEmpty()) {
      return "Database[embedded, dataDir=" + dataDir + "]";
    }
    var shownUrl = jdbcUrl.get().replaceAll("(?i)(password=)[^&]*", "$1***");
    return "Database[jdbcUrl="
        + shownUrl
        + ", user="
        + user.orElse("(default)")
        + ", password="
        + password.map(p -> "***").orElse("(none)")
        + ", dataDir="
        + dataDir
        + "]";
  }
}
