package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.JOURNAL_ENTRIES;
import static dev.kassa.adapters.persistence.jooq.Tables.POSTINGS;

import dev.kassa.adapters.persistence.jooq.tables.records.PostingsRecord;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.LedgerVerification;
import dev.kassa.domain.ledger.PostedEntry;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The ledger in PostgreSQL. {@link #post} locks the entry's accounts with one {@code SELECT ... FOR
 * UPDATE} in ascending id order, applies the domain rule to each, then writes the new balances, the
 * entry and its log lines in the caller's unit of work (or a unit of its own when called outside
 * one). The table's CHECK constraints stay as the last guard: no customer account below zero.
 */
public final class JooqLedger implements Ledger {

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqLedger(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public PostedEntry post(JournalEntry entry) {
    return transactions.inTransaction(() -> apply(database.dsl(), entry));
  }

  private static PostedEntry apply(DSLContext dsl, JournalEntry entry) {
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
    Field<BigDecimal> earlier =
        DSL.select(DSL.coalesce(DSL.sum(POSTINGS.AMOUNT), BigDecimal.ZERO))
            .from(POSTINGS)
            .where(POSTINGS.ACCOUNT_ID.eq(ACCOUNTS.ID))
            .and(POSTINGS.CREATED_AT.lt(at))
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
  public LedgerVerification verify() {
    return new LedgerChecks(database.dsl()).run();
  }
}
