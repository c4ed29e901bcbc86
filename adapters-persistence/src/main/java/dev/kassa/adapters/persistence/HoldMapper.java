package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.HoldsRecord;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.shared.Money;
import java.util.Currency;

final class HoldMapper {

  private HoldMapper() {}

  static Hold toDomain(HoldsRecord row) {
    var currency = Currency.getInstance(row.getCurrency());
    return new Hold(
        new HoldId(row.getId()),
        new AccountId(row.getAccountId()),
        Money.of(row.getAmount(), currency),
        HoldStatus.parse(row.getStatus()),
        new Reference(row.getReferenceKind(), row.getReferenceId()),
        row.getDescription(),
        row.getCreatedAt(),
        row.getExpiresAt(),
        Money.of(row.getCapturedAmount() == null ? 0 : row.getCapturedAmount(), currency));
  }

  static HoldsRecord toRecord(Hold hold) {
    return Rows.of(Tables.HOLDS)
        .setId(hold.id().value())
        .setAccountId(hold.accountId().value())
        .setAmount(hold.amount().minor())
        .setCurrency(hold.amount().currency().getCurrencyCode())
        .setStatus(hold.status().code())
        .setReferenceKind(hold.reference().kind())
        .setReferenceId(hold.reference().id())
        .setDescription(hold.description())
        .setCreatedAt(hold.createdAt())
        .setExpiresAt(hold.expiresAt())
        .setCapturedAmount(
            hold.status() == HoldStatus.CAPTURED ? hold.capturedAmount().minor() : null);
  }
}
