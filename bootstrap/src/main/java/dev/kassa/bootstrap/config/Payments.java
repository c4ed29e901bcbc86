package dev.kassa.bootstrap.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The payment provider. {@code webhookSecret} signs the {@code simulated} provider's webhooks; it
 * is generated per start outside {@code prod} and required in {@code prod} when that provider is in
 * use. {@code stripe} is present exactly when the provider is {@link Provider#STRIPE}. {@code
 * reservationTtl} is how long a gateway checkout keeps its stock while unpaid ({@code
 * PAYMENT_RESERVATION_TTL}); {@code cardAuthorizationTtl} how long a card hold lasts before it
 * lapses ({@code CARD_AUTHORIZATION_TTL}).
 */
public record Payments(
    Provider provider,
    Secret webhookSecret,
    Optional<Stripe> stripe,
    Duration reservationTtl,
    Duration cardAuthorizationTtl) {

  public static final Duration DEFAULT_RESERVATION_TTL = Duration.ofMinutes(30);
  public static final Duration DEFAULT_CARD_AUTHORIZATION_TTL = Duration.ofDays(7);

  public static final int MIN_WEBHOOK_SECRET_BYTES = 32;
  private static final List<String> STRIPE_VARIABLES =
      List.of("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE");

  /** Who takes card payments: a built-in stand-in for Stripe, or Stripe itself. */
  public enum Provider {
    SIMULATED,
    STRIPE
  }

  public Payments {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(stripe, "stripe");
    Objects.requireNonNull(reservationTtl, "reservationTtl");
    Objects.requireNonNull(cardAuthorizationTtl, "cardAuthorizationTtl");
    if (stripe.isPresent() != (provider == Provider.STRIPE)) {
      throw new IllegalArgumentException("Stripe settings go with the stripe provider only");
    }
  }

  static Payments read(Variables variables, Environment environment) {
    var provider = variables.choice("PAYMENT_PROVIDER", Provider.class, Provider.SIMULATED);
    var required =
        environment.isProd() && provider == Provider.SIMULATED
            ? Optional.of("when KASSA_ENV=prod and PAYMENT_PROVIDER=simulated")
            : Optional.<String>empty();
    var webhookSecret = variables.key("PAYMENT_WEBHOOK_SECRET", MIN_WEBHOOK_SECRET_BYTES, required);
    var reservation =
        variables.positiveDuration("PAYMENT_RESERVATION_TTL", DEFAULT_RESERVATION_TTL);
    var authorization =
        variables.positiveDuration("CARD_AUTHORIZATION_TTL", DEFAULT_CARD_AUTHORIZATION_TTL);
    if (provider == Provider.STRIPE) {
      // Without Stripe settings a problem is recorded and parsing fails; the fallback only lets
      // it go on to find further problems.
      return Stripe.read(variables)
          .map(
              stripe ->
                  new Payments(
                      provider, webhookSecret, Optional.of(stripe), reservation, authorization))
          .orElseGet(
              () ->
                  new Payments(
                      Provider.SIMULATED,
                      webhookSecret,
                      Optional.empty(),
                      reservation,
                      authorization));
    }
    STRIPE_VARIABLES.stream()
        .filter(variables::isSet)
        .forEach(
            name ->
                variables.problem(
                    name,
                    "is set but PAYMENT_PROVIDER is not stripe;"
                        + " set PAYMENT_PROVIDER=stripe or unset it"));
    return new Payments(provider, webhookSecret, Optional.empty(), reservation, authorization);
  }
}
