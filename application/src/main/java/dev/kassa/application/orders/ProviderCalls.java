package dev.kassa.application.orders;

import dev.kassa.domain.payment.PaymentProviderException;

/**
 * Calls to the payment provider whose failure must not undo what Kassa decided, such as cancelling
 * an intent nobody will pay any more: a failure is logged, and the intent lapses at the provider.
 */
final class ProviderCalls {

  private static final System.Logger LOG = System.getLogger(ProviderCalls.class.getName());

  private ProviderCalls() {}

  static void quietly(Runnable call, String what) {
    try {
      call.run();
    } catch (PaymentProviderException e) {
      LOG.log(System.Logger.Level.WARNING, "payment provider call failed: " + what, e);
    }
  }
}
