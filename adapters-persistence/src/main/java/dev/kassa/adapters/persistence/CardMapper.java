package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.CardsRecord;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.user.UserId;

final class CardMapper {

  private CardMapper() {}

  static Card toDomain(CardsRecord row) {
    return new Card(
        new CardId(row.getId()),
        new AccountId(row.getAccountId()),
        new UserId(row.getOwnerId()),
        CardType.parse(row.getType()),
        row.getLast4(),
        row.getFingerprint(),
        row.getExpMonth(),
        row.getExpYear(),
        CardStatus.parse(row.getStatus()),
        row.getCreatedAt());
  }

  static CardsRecord toRecord(Card card) {
    return Rows.of(Tables.CARDS)
        .setId(card.id().value())
        .setAccountId(card.accountId().value())
        .setOwnerId(card.ownerId().value())
        .setType(card.type().code())
        .setLast4(card.last4())
        .setFingerprint(card.fingerprint())
        .setExpMonth(card.expMonth())
        .setExpYear(card.expYear())
        .setStatus(card.status().code())
        .setCreatedAt(card.createdAt());
  }
}
