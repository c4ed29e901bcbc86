package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.tables.records.JournalEntriesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.PostingsRecord;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Posting;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
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
    return new JournalEntriesRecord()
        .setId(entry.id().value())
        .setCurrency(entry.currency().getCurrencyCode())
        .setDescription(entry.description())
        .setReferenceKind(entry.reference().kind())
        .setReferenceId(entry.reference().id())
        .setCreatedAt(entry.createdAt());
  }

  /** The log line of one posting, given the account as it is after the posting. */
  static PostingsRecord toRecord(JournalEntry entry, Posting posting, Account after) {
    return new PostingsRecord()
        .setId(TransactionId.newId().value())
        .setEntryId(entry.id().value())
        .setAccountId(posting.accountId().value())
        .setOwnerId(after.ownerId() == null ? null : after.ownerId().value())
        .setType(posting.type().code())
        .setAmount(posting.amount())
        .setCurrency(entry.currency().getCurrencyCode())
        .setBalanceAfter(after.balance())
        .setDescription(entry.description())
        .setReferenceKind(entry.reference().kind())
        .setReferenceId(entry.reference().id())
        .setCreatedAt(entry.createdAt());
  }
}
