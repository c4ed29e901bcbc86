package dev.kassa.application.payments;

import dev.kassa.domain.payment.Payment;
import java.time.Instant;

/**
 * One way of paying a sale, inside the sale's unit of work. It is made ready before any stock is
 * taken (checks that need no lock), then takes the payment once the stock is taken. A payer never
 * calls the payment provider: it runs inside the sale's unit of work.
 */
@FunctionalInterface
public interface Payer {

  /** Takes the payment of the order; a refusal rolls the whole sale back. */
  Payment take(Instant now);
}
