package dev.kassa.application.payments;

import dev.kassa.domain.payment.SignedEvent;
import java.util.Optional;

/**
 * The {@code simulated} provider's own side: what its hosted payment page shows, and the buyer
 * approving or declining there, which produces the signed webhook a real provider would send.
 */
public interface PaymentSimulator {

  Optional<SimulatedIntent> intent(String intentId);

  /**
   * Settles a pending intent: succeeded when {@code approve}, failed otherwise.
   *
   * @return the event, signed as the provider signs webhooks
   * @throws dev.kassa.domain.error.NotFoundException when the intent does not exist
   * @throws dev.kassa.domain.error.ConflictException {@code invalid_state_transition} when it is
   *     not waiting for payment
   */
  SignedEvent settle(String intentId, boolean approve);
}
