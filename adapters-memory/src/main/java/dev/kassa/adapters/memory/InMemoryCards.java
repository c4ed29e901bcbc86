package dev.kassa.adapters.memory;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Cards in memory, with a unique index of their number fingerprints. */
public final class InMemoryCards implements Cards {

  private static final Comparator<Card> OLDEST_FIRST =
      Comparator.comparing(Card::createdAt).thenComparing(Card::id);

  private final InMemoryTransactions transactions;
  private final Table<CardId, Card> cards;
  private final Table<String, CardId> fingerprints;

  public InMemoryCards(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.cards = new Table<>(transactions);
    this.fingerprints = new Table<>(transactions);
  }

  @Override
  public boolean add(Card card) {
    return transactions.inTransaction(
        () -> {
          if (cards.find(card.id()).isPresent()) {
            throw new IllegalArgumentException("card " + card.id() + " exists already");
          }
          if (!fingerprints.insert(card.fingerprint(), card.id())) {
            return false;
          }
          cards.put(card.id(), card);
          return true;
        });
  }

  @Override
  public void update(Card card) {
    transactions.run(
        () -> {
          var current =
              cards.find(card.id()).orElseThrow(() -> new NotFoundException("card", card.id()));
          if (!current.fingerprint().equals(card.fingerprint())) {
            throw new IllegalArgumentException("a card's number fingerprint never changes");
          }
          cards.put(card.id(), card);
        });
  }

  @Override
  public Optional<Card> find(CardId id) {
    return cards.find(id);
  }

  @Override
  public List<Card> byAccount(AccountId account) {
    return cards
        .rows()
        .filter(card -> card.accountId().equals(account))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  @Override
  public Page<Card> pageByOwner(UserId owner, PageRequest request) {
    var owned =
        cards.rows().filter(card -> card.ownerId().equals(owner)).sorted(OLDEST_FIRST).toList();
    return Page.slice(owned, request);
  }
}
