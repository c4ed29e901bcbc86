package dev.kassa.bootstrap;

import dev.kassa.adapters.payments.SimulatedGateway;
import dev.kassa.adapters.payments.stripe.StripeGateway;
import dev.kassa.adapters.payments.stripe.StripeSettings;
import dev.kassa.application.payments.PaymentSettings;
import dev.kassa.bootstrap.config.Payments;
import dev.kassa.domain.payment.PaymentGateway;
import java.time.Clock;

/** The payment settings the configuration asks for: the simulated provider, or Stripe. */
final class PaymentProviders {

  private PaymentProviders() {}

  static PaymentSettings from(Payments payments, Clock clock) {
    var gateway =
        payments
            .stripe()
            .<PaymentGateway>map(
                stripe ->
                    new StripeGateway(
                        new StripeSettings(
                            stripe.secretKey().value(),
                            stripe.webhookSecret().value(),
                            stripe.apiBase().toString())))
            .orElseGet(() -> new SimulatedGateway(payments.webhookSecret().value(), clock));
    return PaymentSettings.through(gateway)
        .withDurations(payments.reservationTtl(), payments.cardAuthorizationTtl());
  }
}
