package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.JOURNAL_ENTRIES;
import static dev.kassa.adapters.persistence.jooq.Tables.POSTINGS;

import dev.kassa.adapters.persistence.jooq.tables.records.AccountsRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.JournalEntriesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.PostingsRecord;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.EntryPlan;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.PostedEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Posts journal entries inside the caller's transaction: locks the accounts with one {@code SELECT
 * ... ORDER BY id FOR UPDATE} (ascending id order, so concurrent entries cannot deadlock), lets
 * {@link EntryPlan} decide, then stores the accounts, the entry and its log lines. The table's
 * CHECK constraints stay as the last guard: no customer account below zero, whatever writes to it.
 */
final class EntryPosting {

  private static final RenderedInsert<JournalEntriesRecord> ENTRY =
      new RenderedInsert<>(
          JOURNAL_ENTRIES,
          List.of(
              JOURNAL_ENTRIES.ID,
              JOURNAL_ENTRIES.CURRENCY,
              JOURNAL_ENTRIES.DESCRIPTION,
              JOURNAL_ENTRIES.REFERENCE_KIND,
              JOURNAL_ENTRIES.REFERENCE_ID,
              JOURNAL_ENTRIES.CREATED_AT));

  private static final RenderedInsert<PostingsRecord> LINES =
      new RenderedInsert<>(
          POSTINGS,
          List.of(
              POSTINGS.ID,
              POSTINGS.ENTRY_ID,
              POSTINGS.ACCOUNT_ID,
              POSTINGS.OWNER_ID,
              POSTINGS.TYPE,
              POSTINGS.AMOUNT,
              POSTINGS.CURRENCY,
              POSTINGS.BALANCE_AFTER,
              POSTINGS.DESCRIPTION,
              POSTINGS.REFERENCE_KIND,
              POSTINGS.REFERENCE_ID,
              POSTINGS.CREATED_AT));

  private static final RenderedSelect<AccountsRecord> LOCK =
      RenderedSelect.of(
          ACCOUNTS,
          count ->
              DSL.selectFrom(ACCOUNTS)
                  .where(ACCOUNTS.ID.in(RenderedSelect.placeholders(ACCOUNTS.ID, count)))
                  .orderBy(ACCOUNTS.ID)
                  .forUpdate());

  private static final RenderedStatement BALANCES =
      RenderedStatement.updateByKey(ACCOUNTS, ACCOUNTS.ID, ACCOUNTS.BALANCE, ACCOUNTS.HELD);

  private EntryPosting() {}

  static PostedEntry post(
      DSLContext dsl,
      Collection<AccountId> accounts,
      Function<LockedAccounts, JournalEntry> entryOf) {
    var locked = lockAccounts(dsl, accounts);
    var plan = EntryPlan.of(entryOf.apply(locked), locked);
    write(dsl, plan);
    return plan.posted();
  }

  /** Locks the accounts that exist among {@code ids}, in ascending id order. */
  static LockedAccounts lockAccounts(DSLContext dsl, Collection<AccountId> ids) {
    return LockedAccounts.of(
        LOCK.fetch(dsl, ids.stream().map(AccountId::value).toList()).stream()
            .map(AccountMapper::toDomain)
            .toList());
  }

  /**
   * Posts as {@link #post} does inside a grouped unit of work: accounts locked earlier in the unit
   * (by an earlier entry, or by the lock of a whole batch's accounts) are taken as they were left,
   * the others are locked and read ({@link #lockHeldBack}), and the writes are held back in {@code
   * writes}.
   */
  static PostedEntry postHeldBack(
      DSLContext dsl,
      WriteBehind writes,
      Collection<AccountId> accounts,
      Function<LockedAccounts, JournalEntry> entryOf) {
    var ids = accounts.stream().distinct().toList();
    lockHeldBack(dsl, writes, ids);
    var rows = writes.accounts();
    var locked = LockedAccounts.of(ids.stream().map(rows::get).filter(Objects::nonNull).toList());
    var plan = EntryPlan.of(entryOf.apply(locked), locked);
    plan.accounts().forEach(rows::changedTo);
    writes.insert(WriteBehind.Held.JOURNAL_ENTRIES, ENTRY, List.of(entryRow(plan)));
    writes.insert(WriteBehind.Held.POSTINGS, LINES, lineRows(plan));
    return plan.posted();
  }

  /**
   * Locks and reads, inside a grouped unit of work, those of {@code ids} that it has not read yet
   * (aside of what is held back: none of them has a held-back change), and keeps them in {@code
   * writes}.
   */
  static void lockHeldBack(DSLContext dsl, WriteBehind writes, Collection<AccountId> ids) {
    var unread = ids.stream().distinct().filter(id -> writes.accounts().get(id) == null).toList();
    if (!unread.isEmpty()) {
      writes
          .accounts()
          .lockedNow(
              WriteBehind.aside(
                  WriteBehind.Access.READS,
                  () -> lockAccounts(dsl, unread).byId().values().stream().toList()));
    }
  }

  static void write(DSLContext dsl, EntryPlan plan) {
    storeAccounts(dsl, plan.accounts());
    ENTRY.execute(dsl, List.of(entryRow(plan)));
    LINES.execute(dsl, lineRows(plan));
  }

  private static JournalEntriesRecord entryRow(EntryPlan plan) {
    return PostingMapper.toRecord(plan.entry());
  }

  private static List<PostingsRecord> lineRows(EntryPlan plan) {
    return plan.lines().stream()
        .map(line -> PostingMapper.toRecord(line, plan.after(line.accountId()).ownerId()))
        .toList();
  }

  /**
   * Stores the balance and the held amount of accounts locked in this transaction, all in one
   * statement.
   */
  static void storeAccounts(DSLContext dsl, Collection<Account> accounts) {
    var values = new ArrayList<Object>(accounts.size() * 3);
    for (var account : accounts) {
      values.add(account.id().value());
      values.add(account.balance());
      values.add(account.held());
    }
    BALANCES.update(dsl, values);
  }
}
