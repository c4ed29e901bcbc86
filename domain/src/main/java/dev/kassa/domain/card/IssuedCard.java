package dev.kassa.domain.card;

/** A card just issued, with its full number: shown to its owner once and never stored. */
public record IssuedCard(Card card, CardNumber number) {}
