package dev.kassa.application.payments;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.PaymentId;
import java.util.Objects;
import java.util.UUID;

/**
 * The simulated provider's hosted page: shows what an intent asks, and lets a person approve or
 * decline it. The simulator signs the resulting event as a provider signs its webhooks, and the
 * event is delivered to {@link ReceiveProviderEvent} exactly as one arriving over HTTP would be,
 * signature check included. A payment is named by the provider's intent id ({@code pi_...}) or by
 * Kassa's payment id. Without the simulated provider configured, no intent exists.
 */
public final class PayAtSimulator {

  private final PaymentSettings settings;
  private final Orders orders;
  private final ReceiveProviderEvent receive;

  public PayAtSimulator(PaymentSettings settings, Orders orders, ReceiveProviderEvent receive) {
    this.settings = settings;
    this.orders = orders;
    this.receive = receive;
  }

  public SimulatedIntent show(String paymentId) {
    return simulator()
        .intent(intentId(paymentId))
        .orElseThrow(() -> new NotFoundException("payment", paymentId));
  }

  public ReceiveProviderEvent.Receipt settle(String paymentId, boolean approve) {
    var signed = simulator().settle(intentId(paymentId), approve);
    var provider = settings.gateway().orElseThrow().provider();
    return receive.execute(provider, signed.payload(), signed.signatureHeader());
  }

  /** The intent id itself, or the intent of the Kassa payment the id names. */
  private String intentId(String paymentId) {
    UUID uuid;
    try {
      uuid = UUID.fromString(paymentId);
    } catch (IllegalArgumentException notKassas) {
      return paymentId;
    }
    return orders
        .findByPayment(new PaymentId(uuid))
        .map(order -> order.payment().providerRef())
        .filter(Objects::nonNull)
        .orElse(paymentId);
  }

  private PaymentSimulator simulator() {
    return settings.simulator().orElseThrow(() -> new NotFoundException("payment", "simulator"));
  }
}
