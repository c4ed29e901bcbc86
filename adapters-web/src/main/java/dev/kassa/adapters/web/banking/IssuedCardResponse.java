package dev.kassa.adapters.web.banking;

import dev.kassa.domain.card.IssuedCard;
import java.time.Instant;
import java.util.UUID;

/** A card just issued, with its full {@code number}: the one response that ever carries it. */
public record IssuedCardResponse(
    UUID id,
    UUID accountId,
    String type,
    String number,
    String last4,
    int expMonth,
    int expYear,
    String status,
    Instant createdAt) {

  public static IssuedCardResponse from(IssuedCard issued) {
    var card = issued.card();
    return new IssuedCardResponse(
        card.id().value(),
        card.accountId().value(),
        card.type().code(),
        issued.number().digits(),
        card.last4(),
        card.expMonth(),
        card.expYear(),
        card.status().code(),
        card.createdAt());
  }
}
