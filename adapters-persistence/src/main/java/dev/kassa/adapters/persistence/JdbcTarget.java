package dev.kassa.adapters.persistence;

import java.util.Objects;

/** A PostgreSQL database to connect to: a {@code jdbc:postgresql:} URL and its credentials. */
public record JdbcTarget(String url, String user, String password) {

  private static final String PREFIX = "jdbc:postgresql://";

  public JdbcTarget {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a jdbc:postgresql:// URL");
    }
  }

  /** The same server and credentials, another database on it. */
  public JdbcTarget withDatabase(String database) {
    var rest = url.substring(PREFIX.length());
    var slash = rest.indexOf('/');
    var query = rest.indexOf('?');
    var hostEnd = slash >= 0 ? slash : query >= 0 ? query : rest.length();
    var tail = query >= 0 ? rest.substring(query) : "";
    return new JdbcTarget(
        PREFIX + rest.substring(0, hostEnd) + "/" + database + tail, user, password);
  }

  /** The URL without its query string, which may carry credentials: fit for a log line. */
  public String safeUrl() {
    var query = url.indexOf('?');
    return query >= 0 ? url.substring(0, query) : url;
  }

  @Override
  public String toString() {
    return "JdbcTarget[" + safeUrl() + ", user=" + user + "]";
  }
}
