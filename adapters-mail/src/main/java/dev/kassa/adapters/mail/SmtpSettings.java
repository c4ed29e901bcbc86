package dev.kassa.adapters.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * Where mail goes out: an SMTP server ({@code implicitTls} for {@code smtps://}, otherwise STARTTLS
 * when the server offers it), its optional login, and the sender ({@code kassa@example.com} or
 * {@code Kassa <kassa@example.com>}).
 */
public record SmtpSettings(
    String host,
    int port,
    Optional<String> username,
    Optional<String> password,
    boolean implicitTls,
    String from) {

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", from=" + from + "]";
  }
}
