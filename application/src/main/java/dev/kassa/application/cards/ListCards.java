package dev.kassa.application.cards;

import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;

/** The caller's cards, oldest first. */
public final class ListCards {

  private final Cards cards;

  public ListCards(Cards cards) {
    this.cards = cards;
  }

  public Page<Card> execute(Actor actor, PageRequest page) {
    return cards.pageByOwner(actor.id(), page);
  }
}
