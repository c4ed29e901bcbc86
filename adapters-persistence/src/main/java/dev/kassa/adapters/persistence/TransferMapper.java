package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.TransfersRecord;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.ledger.TransferStatus;
import dev.kassa.domain.shared.Money;
import java.util.Currency;
import java.util.Locale;

final class TransferMapper {

  private TransferMapper() {}

  static Transfer toDomain(TransfersRecord row) {
    return new Transfer(
        new TransferId(row.getId()),
        new AccountId(row.getFromAccountId()),
        new AccountId(row.getToAccountId()),
        Money.of(row.getAmount(), Currency.getInstance(row.getCurrency())),
        row.getDescription(),
        TransferStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
        new EntryId(row.getEntryId()),
        row.getCreatedAt());
  }

  static TransfersRecord toRecord(Transfer transfer) {
    return Rows.of(Tables.TRANSFERS)
        .setId(transfer.id().value())
        .setFromAccountId(transfer.fromAccountId().value())
        .setToAccountId(transfer.toAccountId().value())
        .setAmount(transfer.amount().minor())
        .setCurrency(transfer.amount().currency().getCurrencyCode())
        .setDescription(transfer.description())
        .setStatus(transfer.status().code())
        .setEntryId(transfer.entryId().value())
        .setCreatedAt(transfer.createdAt());
  }
}
