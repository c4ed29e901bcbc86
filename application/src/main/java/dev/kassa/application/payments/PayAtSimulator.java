package dev.kassa.application.payments;

import dev.kassa.application.orders.ReceiveProviderEvent;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.payment.PaymentSimulator;
import dev.kassa.domain.payment.SimulatedIntent;

/**
 * The simulated provider's hosted page: shows what an intent asks, and lets a person approve or
 * decline it. The simulator signs the resulting event as a provider signs its webhooks, and the
 * event is delivered to {@link ReceiveProviderEvent} exactly as one arriving over HTTP would be,
 * signature check included. Without the simulated provider configured, no intent exists.
 */
public final class PayAtSimulator {

  private final PaymentSettings settings;
  private final ReceiveProviderEvent receive;

  public PayAtSimulator(PaymentSettings settings, ReceiveProviderEvent receive) {
    this.settings = settings;
    this.receive = receive;
  }

  public SimulatedIntent show(String intentId) {
    return simulator()
        .intent(intentId)
        .orElseThrow(() -> new NotFoundException("payment", intentId));
  }

  public ReceiveProviderEvent.Receipt settle(String intentId, boolean approve) {
    var signed = simulator().settle(intentId, approve);
    var provider = settings.gateway().orElseThrow().provider();
    return receive.execute(provider, signed.payload(), signed.signatureHeader());
  }

  private PaymentSimulator simulator() {
    return settings.simulator().orElseThrow(() -> new NotFoundException("payment", "simulator"));
  }
}
