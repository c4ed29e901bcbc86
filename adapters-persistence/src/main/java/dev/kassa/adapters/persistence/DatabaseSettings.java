package dev.kassa.adapters.persistence;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The database the operator configured, if any: {@code DATABASE_URL} (a {@code jdbc:postgresql:}
 * URL or a {@code postgres://user:password@host:port/db} one), {@code DATABASE_USER}, {@code
 * DATABASE_PASSWORD}, and the pool size {@code DATABASE_POOL_SIZE}. Blank values count as unset.
 * The pool's {@link PoolTimeouts} are the API's unless given.
 */
public record DatabaseSettings(
    String url, String user, String password, int maximumPoolSize, PoolTimeouts timeouts) {

  public DatabaseSettings {
    url = blankToNull(url);
    user = blankToNull(user);
    password = blankToNull(password);
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("maximumPoolSize must be at least 1");
    }
    Objects.requireNonNull(timeouts, "timeouts");
  }

  public static DatabaseSettings none() {
    return new DatabaseSettings(
        null, null, null, ConnectionPools.DEFAULT_MAXIMUM_SIZE, PoolTimeouts.API);
  }

  public static DatabaseSettings fromEnvironment(Map<String, String> environment) {
    var poolSize = blankToNull(environment.get("DATABASE_POOL_SIZE"));
    return new DatabaseSettings(
        environment.get("DATABASE_URL"),
        environment.get("DATABASE_USER"),
        environment.get("DATABASE_PASSWORD"),
        poolSize == null ? ConnectionPools.DEFAULT_MAXIMUM_SIZE : Integer.parseInt(poolSize),
        PoolTimeouts.API);
  }

  public boolean isConfigured() {
    return url != null;
  }

  /**
   * The configured database as a JDBC target. Credentials in a {@code postgres://} URL are used
   * unless {@code DATABASE_USER} / {@code DATABASE_PASSWORD} are set.
   */
  public JdbcTarget target() {
    if (url == null) {
      throw new IllegalStateException("DATABASE_URL is not set");
    }
    if (url.startsWith("jdbc:")) {
      return new JdbcTarget(url, user, password);
    }
    var uri = URI.create(url);
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalArgumentException(
          "DATABASE_URL must start with jdbc:postgresql://, postgres:// or postgresql://");
    }
    var port = uri.getPort() < 0 ? 5432 : uri.getPort();
    var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    var jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + path + query;
    String urlUser = null;
    String urlPassword = null;
    if (uri.getRawUserInfo() != null) {
      var parts = uri.getRawUserInfo().split(":", 2);
      urlUser = decode(parts[0]);
      urlPassword = parts.length > 1 ? decode(parts[1]) : null;
    }
    return new JdbcTarget(
        jdbcUrl, user != null ? user : urlUser, password != null ? password : urlPassword);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url="
        + (url == null ? null : url.replaceAll("//[^@/]*@", "//***@"))
        + ", user="
        + user
        + ", maximumPoolSize="
        + maximumPoolSize
        + ", timeouts="
        + timeouts
        + "]";
  }
}
