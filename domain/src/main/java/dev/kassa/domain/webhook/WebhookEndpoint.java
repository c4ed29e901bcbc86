package dev.kassa.domain.webhook;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.EventType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;

/**
 * Where Kassa POSTs the events an integrator asked for. {@code failureStreak} counts the failed
 * deliveries since the last success; an endpoint failing too many in a row is disabled.
 */
public record WebhookEndpoint(
    WebhookEndpointId id,
    String url,
    EndpointEvents events,
    String description,
    boolean enabled,
    SigningSecrets secrets,
    int failureStreak,
    Instant createdAt,
    Instant updatedAt) {

  public static final int MAX_URL_LENGTH = 2048;
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  public WebhookEndpoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    checkUrl(url);
    if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
      throw ValidationException.of(
          "description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    if (failureStreak < 0) {
      throw new IllegalArgumentException("failureStreak must not be negative");
    }
  }

  /** A new, enabled endpoint. */
  public static WebhookEndpoint open(
      String url, EndpointEvents events, String description, String sealedSecret, Instant now) {
    return new WebhookEndpoint(
        WebhookEndpointId.newId(),
        url,
        events,
        description,
        true,
        SigningSecrets.of(sealedSecret),
        0,
        now,
        now);
  }

  /**
   * The url as an absolute {@code http} or {@code https} URI with a host and no user info.
   *
   * @throws ValidationException on {@code url} otherwise
   */
  public static URI checkUrl(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
      throw ValidationException.of("url", "is required, at most " + MAX_URL_LENGTH + " characters");
    }
    try {
      var uri = new URI(url);
      var scheme = uri.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
        throw ValidationException.of("url", "must be an https URL");
      }
      if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
        throw ValidationException.of("url", "must name a host, without user info or fragment");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw ValidationException.of("url", "is not a valid URL");
    }
  }

  public URI uri() {
    return URI.create(url);
  }

  public boolean takes(EventType type) {
    return enabled && events.matches(type);
  }

  public WebhookEndpoint changed(
      String url, EndpointEvents events, Boolean enabled, String description, Instant now) {
    var nowEnabled = enabled == null ? this.enabled : enabled;
    return new WebhookEndpoint(
        id,
        url == null ? this.url : url,
        events == null ? this.events : events,
        description == null ? this.description : description,
        nowEnabled,
        secrets,
        nowEnabled && !this.enabled ? 0 : failureStreak,
        createdAt,
        now);
  }

  public WebhookEndpoint rotated(String sealedSecret, Instant now) {
    return new WebhookEndpoint(
        id,
        url,
        events,
        description,
        enabled,
        secrets.rotate(sealedSecret, now),
        failureStreak,
        createdAt,
        now);
  }

  /** After a delivered event: the streak starts again. */
  public WebhookEndpoint succeeded(Instant now) {
    return new WebhookEndpoint(id, url, events, description, enabled, secrets, 0, createdAt, now);
  }

  /** After a failed attempt: one more in the streak, and disabled once it reaches {@code limit}. */
  public WebhookEndpoint failed(int limit, Instant now) {
    var streak = failureStreak + 1;
    return new WebhookEndpoint(
        id, url, events, description, enabled && streak < limit, secrets, streak, createdAt, now);
  }
}
