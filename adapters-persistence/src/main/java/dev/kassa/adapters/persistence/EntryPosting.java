package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.JOURNAL_ENTRIES;
import static dev.kassa.adapters.persistence.jooq.Tables.POSTINGS;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.EntryPlan;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.PostedEntry;
import java.util.Collection;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Posts journal entries inside the caller's transaction: locks the accounts with one {@code SELECT
 * ... ORDER BY id FOR UPDATE} (ascending id order, so concurrent entries cannot deadlock), lets
 * {@link EntryPlan} decide, then stores the accounts, the entry and its log lines. The table's
 * CHECK constraints stay as the last guard: no customer account below zero, whatever writes to it.
 */
final class EntryPosting {

  private EntryPosting() {}

  static PostedEntry post(DSLContext dsl, JournalEntry entry) {
    var plan = EntryPlan.of(entry, lockAccounts(dsl, entry.accountsInLockOrder()));
    write(dsl, plan);
    return plan.posted();
  }

  /** Locks the accounts that exist among {@code ids}, in ascending id order. */
  static LockedAccounts lockAccounts(DSLContext dsl, Collection<AccountId> ids) {
    return LockedAccounts.of(
        dsl.selectFrom(ACCOUNTS)
            .where(ACCOUNTS.ID.in(ids.stream().map(AccountId::value).toList()))
            .orderBy(ACCOUNTS.ID)
            .forUpdate()
            .fetch(AccountMapper::toDomain));
  }

  static void write(DSLContext dsl, EntryPlan plan) {
    storeAccounts(dsl, plan.accounts());
    dsl.insertInto(JOURNAL_ENTRIES).set(PostingMapper.toRecord(plan.entry())).execute();
    var lines =
        plan.lines().stream()
            .map(line -> PostingMapper.toRecord(line, plan.after(line.accountId()).ownerId()))
            .toList();
    var insert = dsl.insertInto(POSTINGS).set(lines.getFirst());
    for (var line : lines.subList(1, lines.size())) {
      insert = insert.newRecord().set(line);
    }
    insert.execute();
  }

  /** Stores the balance and the held amount of accounts locked in this transaction. */
  static void storeAccounts(DSLContext dsl, Collection<Account> accounts) {
    var update =
        dsl.batch(
            dsl.update(ACCOUNTS)
                .set(ACCOUNTS.BALANCE, (Long) null)
                .set(ACCOUNTS.HELD, (Long) null)
                .where(ACCOUNTS.ID.eq((UUID) null)));
    for (Account account : accounts) {
      update = update.bind(account.balance(), account.held(), account.id().value());
    }
    update.execute();
  }
}
