package dev.kassa.bootstrap.config;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.user.Email;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An SMTP server from {@code SMTP_URL} ({@code smtp://user:password@host:port}, or {@code smtps://}
 * for TLS from the first byte; ports default to 25 and 465) and the sender {@code MAIL_FROM}
 * ({@code kassa@example.com} or {@code Kassa <kassa@example.com>}).
 */
public record Mail(
    String host,
    int port,
    Optional<String> username,
    Optional<Secret> password,
    boolean implicitTls,
    String from) {

  private static final Pattern NAMED_ADDRESS = Pattern.compile("^[^<>]*<([^<>]+)>$");

  public Mail {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  static Optional<Mail> read(Variables variables) {
    var url = variables.url("SMTP_URL", Set.of("smtp", "smtps"), true);
    var from = variables.get("MAIL_FROM");
    if (from.isPresent() && !isAddress(from.get())) {
      variables.problem(
          "MAIL_FROM",
          "must be an address such as kassa@example.com or Kassa <kassa@example.com>, was "
              + Variables.quote(from.get()));
      return Optional.empty();
    }
    if (url.isPresent() && from.isEmpty()) {
      variables.problem("MAIL_FROM", "is required when SMTP_URL is set");
    } else if (from.isPresent() && url.isEmpty() && !variables.isSet("SMTP_URL")) {
      variables.problem("MAIL_FROM", "is set but SMTP_URL is not; set both or neither");
    }
    return url.isPresent() && from.isPresent()
        ? Optional.of(of(url.get(), from.get()))
        : Optional.empty();
  }

  private static Mail of(URI url, String from) {
    var tls = url.getScheme().equalsIgnoreCase("smtps");
    var port = url.getPort() == -1 ? (tls ? 465 : 25) : url.getPort();
    var credentials = Credentials.of(url);
    return new Mail(url.getHost(), port, credentials.user(), credentials.password(), tls, from);
  }

  private static boolean isAddress(String text) {
    var named = NAMED_ADDRESS.matcher(text);
    try {
      new Email(named.matches() ? named.group(1) : text);
      return true;
    } catch (ValidationException invalid) {
      return false;
    }
  }
}
