package dev.kassa.adapters.payments.stripe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * How to reach Stripe: the secret API key ({@code STRIPE_SECRET_KEY}), the secret its webhooks are
 * signed with ({@code STRIPE_WEBHOOK_SECRET}), and an API base URL ({@code STRIPE_API_BASE}), null
 * for Stripe's own. {@link #toString()} shows no secret.
 */
public record StripeSettings(String secretKey, String webhookSecret, String apiBase) {

  public StripeSettings {
    requireText(secretKey, "STRIPE_SECRET_KEY");
    requireText(webhookSecret, "STRIPE_WEBHOOK_SECRET");
    if (apiBase != null && !isHttpUrl(apiBase)) {
      throw new IllegalArgumentException("STRIPE_API_BASE must be an http or https URL");
    }
  }

  @Override
  public String toString() {
    return "StripeSettings[secretKey=***, webhookSecret=***, apiBase="
        + Objects.requireNonNullElse(apiBase, "Stripe's")
        + "]";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static boolean isHttpUrl(String text) {
    try {
      var uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
