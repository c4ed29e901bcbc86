package dev.kassa.domain.event;

import java.util.Objects;

/** What became of one attempt of a claimed delivery: the delivery as it is to be stored. */
public record DeliveryOutcome(ClaimedDelivery claim, EventDelivery outcome) {

  public DeliveryOutcome {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(outcome, "outcome");
  }
}
