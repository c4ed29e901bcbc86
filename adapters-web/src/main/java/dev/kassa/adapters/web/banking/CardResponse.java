package dev.kassa.adapters.web.banking;

import dev.kassa.domain.card.Card;
import java.time.Instant;
import java.util.UUID;

/** A card as every read shows it: the last four digits, never the full number. */
public record CardResponse(
    UUID id,
    UUID accountId,
    String type,
    String last4,
    int expMonth,
    int expYear,
    String status,
    Instant createdAt) {

  public static CardResponse from(Card card) {
    return new CardResponse(
        card.id().value(),
        card.accountId().value(),
        card.type().code(),
        card.last4(),
        card.expMonth(),
        card.expYear(),
        card.status().code(),
        card.createdAt());
  }
}
