package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.CARDS;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Cards in PostgreSQL; the unique fingerprint makes a duplicate card number a refused insert. */
public final class JooqCards implements Cards {

  private final JooqDatabase database;

  public JooqCards(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public boolean add(Card card) {
    return database
            .dsl()
            .insertInto(CARDS)
            .set(CardMapper.toRecord(card))
            .onConflict(CARDS.FINGERPRINT)
            .doNothing()
            .execute()
        == 1;
  }

  @Override
  public void update(Card card) {
    var updated =
        database
            .dsl()
            .update(CARDS)
            .set(CARDS.STATUS, card.status().code())
            .where(CARDS.ID.eq(card.id().value()))
            .execute();
    if (updated == 0) {
      throw new NotFoundException("card", card.id());
    }
  }

  @Override
  public Optional<Card> find(CardId id) {
    return database
        .dsl()
        .selectFrom(CARDS)
        .where(CARDS.ID.eq(id.value()))
        .fetchOptional(CardMapper::toDomain);
  }

  @Override
  public List<Card> byAccount(AccountId account) {
    return database
        .dsl()
        .selectFrom(CARDS)
        .where(CARDS.ACCOUNT_ID.eq(account.value()))
        .orderBy(CARDS.CREATED_AT, CARDS.SEQ)
        .fetch(CardMapper::toDomain);
  }

  @Override
  public Page<Card> pageByOwner(UserId owner, PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        CARDS,
        CARDS.OWNER_ID.eq(owner.value()),
        List.of(CARDS.CREATED_AT, CARDS.SEQ),
        request,
        CardMapper::toDomain);
  }
}
