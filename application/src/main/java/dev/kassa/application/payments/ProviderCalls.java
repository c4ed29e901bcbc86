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
   * (if that provider is still the configured one). A payment whose intent was never opened has
   * nothing to cancel.
   */
  static void cancelIntentAfterCommit(
      Transactions transactions, PaymentSettings settings, Payment payment, String why) {
    if (payment.providerRef() != null) {
      cancelIntentAfterCommit(
          transactions, settings, payment.provider(), payment.providerRef(), why);
    }
  }

  static void cancelIntentAfterCommit(
      Transactions transactions,
      PaymentSettings settings,
      String provider,
      String intentId,
      String why) {
    settings
        .gateway(provider)
        .ifPresent(
            gateway ->
                transactions.afterCommit(() -> quietly(() -> gateway.cancelIntent(intentId), why)));
  }

  static void quietly(Runnable call, String what) {
    try {
      call.run();
    } catch (PaymentProviderException e) {
      LOG.log(System.Logger.Level.WARNING, "payment provider call failed: " + what, e);
    }
  }
}
