package dev.kassa.domain.event;

import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The events of cards: only the last four digits, never the number or its fingerprint. */
public final class CardEvents {

  private CardEvents() {}

  public static DomainEvent issued(Card card, Instant now) {
    return DomainEvent.of(EventType.CARD_ISSUED, card.id(), now, data(card, null));
  }

  public static DomainEvent statusChanged(Card before, Card after, Instant now) {
    return DomainEvent.of(
        EventType.CARD_STATUS_CHANGED, after.id(), now, data(after, before.status()));
  }

  private static Map<String, Object> data(Card card, CardStatus previous) {
    var data = new LinkedHashMap<String, Object>();
    data.put("cardId", card.id().toString());
    data.put("accountId", card.accountId().toString());
    data.put("ownerId", card.ownerId().toString());
    data.put("type", card.type().code());
    data.put("last4", card.last4());
    data.put("expMonth", card.expMonth());
    data.put("expYear", card.expYear());
    data.put("status", card.status().code());
    if (previous != null) {
      data.put("previousStatus", previous.code());
    }
    return data;
  }
}
