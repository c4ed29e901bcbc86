package dev.kassa.application.payments;

import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.shared.Transactions;

/**
 * Calls to the payment provider whose failure must not undo what Kassa decided, such as cancelling
 * an intent nobody will pay any more: a failure is logged, and the intent lapses at the provider.
 */
final class ProviderCalls {

  private static final System.Logger LOG = System.getLogger(ProviderCalls.class.getName());

  private ProviderCalls() {}

  /**
   * Once the unit of work commits, cancels at its provider the intent of a payment Kassa gave up on
   * (if that provider is still the configured one).
   */
  static void cancelIntentAfterCommit(
      Transactions transactions, PaymentSettings settings, Payment payment, String why) {
    settings
        .gateway(payment.provider())
        .ifPresent(
            gateway ->
                transactions.afterCommit(
                    () -> quietly(() -> gateway.cancelIntent(payment.providerRef()), why)));
  }

  static void quietly(Runnable call, String what) {
    try {
      call.run();
    } catch (PaymentProviderException e) {
      LOG.log(System.Logger.Level.WARNING, "payment provider call failed: " + what, e);
    }
  }
}
