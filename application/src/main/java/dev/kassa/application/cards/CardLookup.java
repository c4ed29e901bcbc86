package dev.kassa.application.cards;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.user.Actor;

/** Finds a card its owner or an admin names; anyone else is told it does not exist. */
final class CardLookup {

  private CardLookup() {}

  static Card visible(Cards cards, Actor actor, CardId id) {
    var card = cards.find(id).orElseThrow(() -> new NotFoundException("card", id));
    AccessPolicy.requireVisible(actor, card.ownerId(), "card", id);
    return card;
  }
}
