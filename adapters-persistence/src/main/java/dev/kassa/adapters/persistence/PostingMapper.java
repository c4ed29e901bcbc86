package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.JournalEntriesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.PostingsRecord;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.util.Currency;

/** Maps journal entries and their postings, the lines of the transaction log. */
final class PostingMapper {

  private PostingMapper() {}

  static AccountTransaction toDomain(PostingsRecord row) {
    var currency = Currency.getInstance(row.getCurrency());
    return new AccountTransaction(
        new TransactionId(row.getId()),
        new EntryId(row.getEntryId()),
        new AccountId(row.getAccountId()),
        TransactionType.parse(row.getType()),
        Money.of(row.getAmount(), currency),
        Money.of(row.getBalanceAfter(), currency),
        row.getDescription(),
        new Reference(row.getReferenceKind(), row.getReferenceId()),
        row.getCreatedAt());
  }

  static JournalEntriesRecord toRecord(JournalEntry entry) {
    return Rows.of(Tables.JOURNAL_ENTRIES)
        .setId(entry.id().value())
        .setCurrency(entry.currency().getCurrencyCode())
        .setDescription(entry.description())
        .setReferenceKind(entry.reference().kind())
        .setReferenceId(entry.reference().id())
        .setCreatedAt(entry.createdAt());
  }

  /** One log line, stored with its account's owner ({@code null} for a system account). */
  static PostingsRecord toRecord(AccountTransaction line, UserId owner) {
    return Rows.of(Tables.POSTINGS)
        .setId(line.id().value())
        .setEntryId(line.entryId().value())
        .setAccountId(line.accountId().value())
        .setOwnerId(owner == null ? null : owner.value())
        .setType(line.type().code())
        .setAmount(line.amount().minor())
        .setCurrency(line.amount().currency().getCurrencyCode())
        .setBalanceAfter(line.balanceAfter().minor())
        .setDescription(line.description())
        .setReferenceKind(line.reference().kind())
        .setReferenceId(line.reference().id())
        .setCreatedAt(line.createdAt());
  }
}
