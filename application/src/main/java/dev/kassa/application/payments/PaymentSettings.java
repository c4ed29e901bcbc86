package dev.kassa.application.payments;

import dev.kassa.domain.payment.PaymentGateway;
import dev.kassa.domain.payment.PaymentProviderException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How Kassa takes payments besides accounts: the provider for gateway checkouts (none: gateway
 * checkout is refused), the simulated provider's own page when that is the provider, how long a
 * gateway checkout keeps its stock reserved while unpaid, and how long a card authorization holds
 * its money before it lapses.
 */
public record PaymentSettings(
    Optional<PaymentGateway> gateway,
    Optional<PaymentSimulator> simulator,
    Duration reservationTtl,
    Duration authorizationTtl) {

  public static final Duration DEFAULT_RESERVATION_TTL = Duration.ofMinutes(30);
  public static final Duration DEFAULT_AUTHORIZATION_TTL = Duration.ofDays(7);

  public PaymentSettings {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(simulator, "simulator");
    requirePositive(reservationTtl, "reservationTtl");
    requirePositive(authorizationTtl, "authorizationTtl");
  }

  /** Account and card payments only. */
  public static PaymentSettings inHouseOnly() {
    return new PaymentSettings(
        Optional.empty(), Optional.empty(), DEFAULT_RESERVATION_TTL, DEFAULT_AUTHORIZATION_TTL);
  }

  /** Payments through {@code gateway} as well, with the default durations. */
  public static PaymentSettings through(PaymentGateway gateway) {
    return new PaymentSettings(
        Optional.of(gateway),
        gateway instanceof PaymentSimulator simulator ? Optional.of(simulator) : Optional.empty(),
        DEFAULT_RESERVATION_TTL,
        DEFAULT_AUTHORIZATION_TTL);
  }

  public PaymentSettings withDurations(Duration reservation, Duration authorization) {
    return new PaymentSettings(gateway, simulator, reservation, authorization);
  }

  /** The gateway named {@code provider}, if it is the one configured. */
  public Optional<PaymentGateway> gateway(String provider) {
    return gateway.filter(configured -> configured.provider().equals(provider));
  }

  /**
   * The gateway named {@code provider}; a payment of a provider that is no longer configured cannot
   * be followed at it.
   *
   * @throws PaymentProviderException when it is not the one configured
   */
  public PaymentGateway requireGateway(String provider) {
    return gateway(provider)
        .orElseThrow(
            () ->
                new PaymentProviderException(
                    "payment provider " + provider + " is not configured"));
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
