package dev.kassa.bootstrap.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Stripe credentials and the API base (Stripe's own unless a stub server is wanted). */
public record Stripe(Secret secretKey, Secret webhookSecret, URI apiBase) {

  public static final URI DEFAULT_API_BASE = URI.create("https://api.stripe.com");

  public Stripe {
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(apiBase, "apiBase");
  }

  /** The settings, or empty after recording what is missing or wrong. */
  static Optional<Stripe> read(Variables variables) {
    var secretKey = prefixed(variables, "STRIPE_SECRET_KEY", "sk_", "rk_");
    var webhookSecret = prefixed(variables, "STRIPE_WEBHOOK_SECRET", "whsec_");
    var apiBase =
        variables.url("STRIPE_API_BASE", Set.of("http", "https"), false).orElse(DEFAULT_API_BASE);
    if (secretKey.isEmpty() || webhookSecret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Stripe(secretKey.get(), webhookSecret.get(), apiBase));
  }

  private static Optional<Secret> prefixed(Variables variables, String name, String... prefixes) {
    var secret = variables.secret(name);
    if (secret.isEmpty()) {
      variables.problem(name, "is required when PAYMENT_PROVIDER=stripe");
      return Optional.empty();
    }
    for (var prefix : prefixes) {
      if (secret.get().value().startsWith(prefix)) {
        return secret;
      }
    }
    variables.problem(name, "must start with " + String.join(" or ", prefixes));
    return Optional.empty();
  }
}
