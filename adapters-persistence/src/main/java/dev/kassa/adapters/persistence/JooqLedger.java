package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.HOLDS;
import static dev.kassa.adapters.persistence.jooq.Tables.POSTINGS;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldCapturePlan;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldPlacement;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.LedgerVerification;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.PostedEntry;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The ledger in PostgreSQL. {@link #post} runs in the caller's unit of work (or in one of its own
 * when called outside any): see {@link EntryPosting}. The transaction log is the {@code postings}
 * table, one row per posting. Holds live in the {@code holds} table: see {@link LedgerHolds}.
 */
public final class JooqLedger implements Ledger {

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqLedger(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public PostedEntry post(
      Collection<AccountId> accounts, Function<LockedAccounts, JournalEntry> entryOf) {
    return transactions.inTransaction(
        () -> {
          var writes = database.writeBehind();
          return writes == null
              ? EntryPosting.post(database.dsl(), accounts, entryOf)
              : EntryPosting.postHeldBack(database.dsl(), writes, accounts, entryOf);
        });
  }

  @Override
  public void lock(Collection<AccountId> accounts) {
    transactions.run(
        () -> {
          var writes = database.writeBehind();
          if (writes == null) {
            EntryPosting.lockAccounts(database.dsl(), accounts);
          } else {
            EntryPosting.lockHeldBack(database.dsl(), writes, accounts);
          }
        });
  }

  @Override
  public Optional<AccountTransaction> transaction(TransactionId id) {
    return database
        .dsl()
        .selectFrom(POSTINGS)
        .where(POSTINGS.ID.eq(id.value()))
        .fetchOptional(PostingMapper::toDomain);
  }

  @Override
  public Page<AccountTransaction> transactions(TransactionFilter filter, PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        POSTINGS,
        PostingFilters.of(filter),
        List.of(POSTINGS.CREATED_AT.desc(), POSTINGS.SEQ.desc()),
        request,
        PostingMapper::toDomain);
  }

  @Override
  public List<AccountTransaction> lines(AccountId account, Instant from, Instant to) {
    return database
        .dsl()
        .selectFrom(POSTINGS)
        .where(POSTINGS.ACCOUNT_ID.eq(account.value()))
        .and(POSTINGS.CREATED_AT.ge(from))
        .and(POSTINGS.CREATED_AT.lt(to))
        .orderBy(POSTINGS.CREATED_AT, POSTINGS.SEQ)
        .fetch(PostingMapper::toDomain);
  }

  @Override
  public Money balanceBefore(AccountId account, Instant at) {
    return sumOfPostings(account, POSTINGS.CREATED_AT.lt(at));
  }

  /** An index-only scan of {@code postings_account_created_idx}, which carries the amounts. */
  @Override
  public Money balanceAt(AccountId account, Instant at) {
    return sumOfPostings(account, POSTINGS.CREATED_AT.le(at));
  }

  private Money sumOfPostings(AccountId account, Condition dated) {
    Field<BigDecimal> earlier =
        DSL.select(DSL.coalesce(DSL.sum(POSTINGS.AMOUNT), BigDecimal.ZERO))
            .from(POSTINGS)
            .where(POSTINGS.ACCOUNT_ID.eq(ACCOUNTS.ID))
            .and(dated)
            .asField();
    var row =
        database
            .dsl()
            .select(ACCOUNTS.CURRENCY, earlier)
            .from(ACCOUNTS)
            .where(ACCOUNTS.ID.eq(account.value()))
            .fetchOptional()
            .orElseThrow(() -> new NotFoundException("account", account));
    return Money.of(row.value2().longValueExact(), Currency.getInstance(row.value1()));
  }

  @Override
  public Hold placeHold(
      AccountId account,
      Money amount,
      Reference reference,
      String description,
      Instant now,
      Instant expiresAt) {
    return transactions.inTransaction(
        () ->
            holds()
                .place(
                    account,
                    locked ->
                        HoldPlacement.place(
                            locked, amount, reference, description, now, expiresAt)));
  }

  @Override
  public PostedEntry captureHold(
      HoldId id,
      Money amount,
      AccountId destination,
      TransactionType debitType,
      TransactionType creditType,
      Instant now) {
    return transactions.inTransaction(
        () ->
            holds()
                .capture(
                    id,
                    destination,
                    (hold, locked) ->
                        HoldCapturePlan.plan(
                            hold, locked, destination, amount, debitType, creditType, now)));
  }

  @Override
  public Hold voidHold(HoldId id, Instant now) {
    return transactions.inTransaction(() -> holds().voidHold(id));
  }

  @Override
  public List<Hold> expireHolds(Instant now) {
    return transactions.inTransaction(() -> holds().expire(now));
  }

  @Override
  public Optional<Hold> hold(HoldId id) {
    return database
        .dsl()
        .selectFrom(HOLDS)
        .where(HOLDS.ID.eq(id.value()))
        .fetchOptional(HoldMapper::toDomain);
  }

  @Override
  public LedgerVerification verify() {
    return database.unhurried(dsl -> new LedgerChecks(dsl).run());
  }

  private LedgerHolds holds() {
    return new LedgerHolds(database.dsl());
  }
}
