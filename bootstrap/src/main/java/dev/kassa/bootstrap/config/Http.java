package dev.kassa.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP server: its port ({@code 0} picks a free one), the browser origins allowed by CORS (none
 * by default; each {@code scheme://host[:port]}, no wildcard), the rate limits, how long a
 * request's head and then its body may take to arrive before the connection is closed, and the
 * public address of the site ({@code PUBLIC_BASE_URL}), where the links Kassa mails point.
 */
public record Http(
    int port,
    List<String> corsOrigins,
    RateLimits rateLimits,
    Duration readTimeout,
    URI publicBaseUrl) {

  public static final int DEFAULT_PORT = 8080;
  public static final URI DEFAULT_PUBLIC_BASE_URL = URI.create("http://localhost:8080");
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  public Http {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    corsOrigins = List.copyOf(corsOrigins);
    Objects.requireNonNull(rateLimits, "rateLimits");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
  }

  static Http read(Variables variables) {
    var port = variables.integer("PORT", DEFAULT_PORT, 0, 65_535);
    var origins = new ArrayList<String>();
    for (var entry : variables.list("CORS_ORIGINS")) {
      origin(entry)
          .ifPresentOrElse(
              origins::add,
              () ->
                  variables.problem(
                      "CORS_ORIGINS",
                      "entries must be origins such as https://shop.example.com (scheme, host and"
                          + " optional port, no path or wildcard), was "
                          + Variables.quote(entry)));
    }
    var readTimeout = variables.positiveDuration("HTTP_READ_TIMEOUT", DEFAULT_READ_TIMEOUT);
    var publicBaseUrl =
        variables
            .url("PUBLIC_BASE_URL", Set.of("http", "https"), false)
            .orElse(DEFAULT_PUBLIC_BASE_URL);
    return new Http(port, origins, RateLimits.read(variables), readTimeout, publicBaseUrl);
  }

  private static Optional<String> origin(String entry) {
    var text = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
    try {
      var uri = new URI(text);
      var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      var plain =
          (scheme.equals("http") || scheme.equals("https"))
              && uri.getHost() != null
              && uri.getRawUserInfo() == null
              && uri.getRawPath().isEmpty()
              && uri.getRawQuery() == null
              && uri.getRawFragment() == null;
      if (plain) {
        return Optional.of(
            scheme
                + "://"
                + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
      }
    } catch (URISyntaxException notAnOrigin) {
      // reported by the caller
    }
    return Optional.empty();
  }
}
