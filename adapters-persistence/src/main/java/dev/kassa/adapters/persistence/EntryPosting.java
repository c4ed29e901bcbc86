package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.JOURNAL_ENTRIES;
import static dev.kassa.adapters.persistence.jooq.Tables.POSTINGS;

import dev.kassa.adapters.persistence.jooq.tables.records.PostingsRecord;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.PostedEntry;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Applies one journal entry inside a transaction: locks all its accounts with one {@code SELECT ...
 * ORDER BY id FOR UPDATE} (ascending id order, so concurrent entries cannot deadlock), applies
 * {@link Account#post(long)} to each, then stores the new balances, the entry and one log line per
 * posting with the balance after it. The table's CHECK constraints stay as the last guard: no
 * customer account below zero, whatever writes to it.
 */
final class EntryPosting {

  private EntryPosting() {}

  static PostedEntry post(DSLContext dsl, JournalEntry entry) {
    var locked = lockInOrder(dsl, entry);
    var lines = new ArrayList<PostingsRecord>();
    var updated = new ArrayList<Account>();
    for (var posting : entry.postings()) {
      var after = locked.get(posting.accountId()).post(posting.amount());
      updated.add(after);
      lines.add(PostingMapper.toRecord(entry, posting, after));
    }
    var balances =
        dsl.batch(
            dsl.update(ACCOUNTS)
                .set(ACCOUNTS.BALANCE, (Long) null)
                .where(ACCOUNTS.ID.eq((UUID) null)));
    updated.forEach(account -> balances.bind(account.balance(), account.id().value()));
    balances.execute();
    dsl.insertInto(JOURNAL_ENTRIES).set(PostingMapper.toRecord(entry)).execute();
    var insert = dsl.insertInto(POSTINGS).set(lines.getFirst());
    for (var line : lines.subList(1, lines.size())) {
      insert = insert.newRecord().set(line);
    }
    insert.execute();
    return new PostedEntry(entry, lines.stream().map(PostingMapper::toDomain).toList());
  }

  private static Map<AccountId, Account> lockInOrder(DSLContext dsl, JournalEntry entry) {
    var ids = entry.accountsInLockOrder().stream().map(AccountId::value).toList();
    var locked =
        dsl
            .selectFrom(ACCOUNTS)
            .where(ACCOUNTS.ID.in(ids))
            .orderBy(ACCOUNTS.ID)
            .forUpdate()
            .fetch(AccountMapper::toDomain)
            .stream()
            .collect(Collectors.toMap(Account::id, Function.identity()));
    for (var id : entry.accountsInLockOrder()) {
      var account = locked.get(id);
      if (account == null) {
        throw new NotFoundException("account", id);
      }
      if (!account.currency().equals(entry.currency())) {
        throw new CurrencyMismatchException(entry.currency(), account.currency());
      }
    }
    return locked;
  }
}
