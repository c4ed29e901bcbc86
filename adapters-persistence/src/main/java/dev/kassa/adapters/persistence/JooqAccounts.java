package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;

import dev.kassa.adapters.persistence.jooq.tables.records.AccountsRecord;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Accounts in PostgreSQL. Balances are written only by {@link JooqLedger}. */
public final class JooqAccounts implements Accounts {

  private static final RenderedSelect<AccountsRecord> BY_IDS =
      RenderedSelect.byKeys(ACCOUNTS, ACCOUNTS.ID);

  private final JooqDatabase database;
  private final Clock clock;

  public JooqAccounts(JooqDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public void add(Account account) {
    database.dsl().insertInto(ACCOUNTS).set(AccountMapper.toRecord(account)).execute();
  }

  @Override
  public void update(Account account) {
    var updated =
        database
            .dsl()
            .update(ACCOUNTS)
            .set(ACCOUNTS.NAME, account.name())
            .set(ACCOUNTS.STATUS, account.status().code())
            .where(ACCOUNTS.ID.eq(account.id().value()))
            .execute();
    if (updated == 0) {
      throw new NotFoundException("account", account.id());
    }
  }

  /**
   * Inside a grouped unit of work, an account locked there is answered as its entries left it, and
   * any other is read aside of what is held back (which holds no change of it).
   */
  @Override
  public Optional<Account> find(AccountId id) {
    return WriteBehind.lockedOrRead(
        database.writeBehind(), WriteBehind::accounts, id, () -> read(id));
  }

  private Optional<Account> read(AccountId id) {
    return BY_IDS.fetch(database.dsl(), List.of(id.value())).stream()
        .findFirst()
        .map(AccountMapper::toDomain);
  }

  @Override
  public Map<AccountId, Account> findAll(Collection<AccountId> ids) {
    return BY_IDS.fetch(database.dsl(), ids.stream().map(AccountId::value).toList()).stream()
        .map(AccountMapper::toDomain)
        .collect(Collectors.toMap(Account::id, account -> account));
  }

  @Override
  public Optional<Account> lock(AccountId id) {
    return database
        .requireUnitOfWork()
        .selectFrom(ACCOUNTS)
        .where(ACCOUNTS.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional(AccountMapper::toDomain);
  }

  @Override
  public Page<Account> pageByOwner(UserId owner, PageRequest request) {
    return page(ACCOUNTS.OWNER_ID.eq(owner.value()), request);
  }

  @Override
  public Page<Account> pageAll(PageRequest request) {
    return page(ACCOUNTS.OWNER_ID.isNotNull(), request);
  }

  /**
   * Reads the system account, creating it first when missing (inside a grouped unit of work, read
   * as {@link #find} reads). Concurrent creators meet at the partial unique index on (type,
   * currency): the losers' inserts do nothing and they read the winner's row.
   */
  @Override
  public Account systemAccount(AccountType type, Currency currency) {
    var dsl = database.dsl();
    return findSystem(type, currency)
        .orElseGet(
            () -> {
              var created = Account.system(type, currency, clock.instant());
              dsl.insertInto(ACCOUNTS)
                  .set(AccountMapper.toRecord(created))
                  .onConflictDoNothing()
                  .execute();
              return findSystem(dsl, type, currency).orElseThrow();
            });
  }

  private Optional<Account> findSystem(AccountType type, Currency currency) {
    var writes = database.writeBehind();
    if (writes == null) {
      return findSystem(database.dsl(), type, currency);
    }
    var locked =
        writes.accounts().all().stream()
            .filter(account -> isSystem(account, type, currency))
            .findFirst();
    return locked.isPresent()
        ? locked
        : WriteBehind.aside(
            WriteBehind.Access.READS, () -> findSystem(database.dsl(), type, currency));
  }

  private static boolean isSystem(Account account, AccountType type, Currency currency) {
    return account.isSystem() && account.type() == type && account.currency().equals(currency);
  }

  private static Optional<Account> findSystem(DSLContext dsl, AccountType type, Currency currency) {
    return dsl.selectFrom(ACCOUNTS)
        .where(ACCOUNTS.OWNER_ID.isNull())
        .and(ACCOUNTS.TYPE.eq(type.code()))
        .and(ACCOUNTS.CURRENCY.eq(currency.getCurrencyCode()))
        .fetchOptional(AccountMapper::toDomain);
  }

  private Page<Account> page(Condition where, PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        ACCOUNTS,
        where,
        List.of(ACCOUNTS.CREATED_AT, ACCOUNTS.SEQ),
        request,
        AccountMapper::toDomain);
  }
}
