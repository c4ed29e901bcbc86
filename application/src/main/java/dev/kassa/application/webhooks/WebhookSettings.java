package dev.kassa.application.webhooks;

/**
 * How webhooks are delivered: an event is {@code dead} for an endpoint after {@code maxAttempts}
 * failed attempts, and an endpoint failing {@code disableAfter} attempts in a row is disabled.
 */
public record WebhookSettings(int maxAttempts, int disableAfter) {

  public static final int DEFAULT_MAX_ATTEMPTS = 12;
  public static final int DEFAULT_DISABLE_AFTER = 20;

  public WebhookSettings {
    if (maxAttempts < 1 || disableAfter < 1) {
      throw new IllegalArgumentException("maxAttempts and disableAfter count from 1");
    }
  }

  public static WebhookSettings defaults() {
    return new WebhookSettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_DISABLE_AFTER);
  }
}
