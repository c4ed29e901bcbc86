package dev.kassa.adapters.memory;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Accounts in memory. Their balances are the ledger's business: {@link InMemoryLedger} stores them
 * through {@link #storePosted}, in the same table, so a read always sees the latest balance.
 */
public final class InMemoryAccounts implements Accounts {

  private static final Comparator<Account> OLDEST_FIRST =
      Comparator.comparing(Account::createdAt).thenComparing(Account::id);

  private record SystemKey(AccountType type, Currency currency) {}

  private final InMemoryTransactions transactions;
  private final Clock clock;
  private final Table<AccountId, Account> accounts;
  private final Table<SystemKey, AccountId> systemAccounts;

  public InMemoryAccounts(InMemoryTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
    this.accounts = new Table<>(transactions);
    this.systemAccounts = new Table<>(transactions);
  }

  @Override
  public void add(Account account) {
    if (!accounts.insert(account.id(), account)) {
      throw new IllegalArgumentException("account " + account.id() + " exists already");
    }
  }

  @Override
  public void update(Account account) {
    transactions.run(
        () -> {
          var current =
              accounts
                  .find(account.id())
                  .orElseThrow(() -> new NotFoundException("account", account.id()));
          accounts.put(
              account.id(),
              new Account(
                  current.id(),
                  current.ownerId(),
                  current.type(),
                  current.currency(),
                  account.name(),
                  account.status(),
                  current.balance(),
                  current.held(),
                  current.createdAt()));
        });
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return accounts.find(id);
  }

  /** A plain read: the unit of work's lock already keeps every other writer out. */
  @Override
  public Optional<Account> lock(AccountId id) {
    if (!transactions.inUnitOfWork()) {
      throw new IllegalStateException("Accounts.lock must run inside a unit of work");
    }
    return accounts.find(id);
  }

  @Override
  public Page<Account> pageByOwner(UserId owner, PageRequest request) {
    return page(account -> owner.equals(account.ownerId()), request);
  }

  @Override
  public Page<Account> pageAll(PageRequest request) {
    return page(account -> !account.isSystem(), request);
  }

  @Override
  public Account systemAccount(AccountType type, Currency currency) {
    var key = new SystemKey(type, currency);
    return systemAccounts
        .find(key)
        .flatMap(accounts::find)
        .orElseGet(() -> transactions.inTransaction(() -> findOrCreate(key)));
  }

  /** The accounts that exist among {@code ids}, for the ledger. Runs inside its unit of work. */
  LockedAccounts lockAll(Collection<AccountId> ids) {
    return LockedAccounts.of(
        ids.stream().distinct().map(accounts::find).flatMap(Optional::stream).toList());
  }

  /** Stores the balance a ledger posting computed. Runs inside the posting's unit of work. */
  void storePosted(Account posted) {
    accounts.put(posted.id(), posted);
  }

  /** Every account, customers' and system ones. */
  List<Account> all() {
    return accounts.rows().toList();
  }

  private Account findOrCreate(SystemKey key) {
    var existing = systemAccounts.find(key).flatMap(accounts::find);
    if (existing.isPresent()) {
      return existing.get();
    }
    var created = Account.system(key.type(), key.currency(), clock.instant());
    accounts.put(created.id(), created);
    systemAccounts.put(key, created.id());
    return created;
  }

  private Page<Account> page(Predicate<Account> filter, PageRequest request) {
    return Page.slice(accounts.rows().filter(filter).sorted(OLDEST_FIRST).toList(), request);
  }
}
