package dev.kassa.application.cards;

import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.user.Actor;

/** Reads one card (never its full number, which is not kept). */
public final class GetCard {

  private final Cards cards;

  public GetCard(Cards cards) {
    this.cards = cards;
  }

  public Card execute(Actor actor, CardId id) {
    return CardLookup.visible(cards, actor, id);
  }
}
