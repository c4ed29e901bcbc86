package dev.kassa.domain.account;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Customer and system accounts. Balances change only through the {@link
 * dev.kassa.domain.ledger.Ledger}; this port stores everything else about an account.
 */
public interface Accounts {

  void add(Account account);

  /** Stores a changed name or status. Never changes {@code balance} or {@code held}. */
  void update(Account account);

  Optional<Account> find(AccountId id);

  /**
   * The accounts among {@code ids} that exist, by id, read together (one round trip where the store
   * can).
   */
  default Map<AccountId, Account> findAll(Collection<AccountId> ids) {
    var found = new HashMap<AccountId, Account>();
    ids.forEach(id -> find(id).ifPresent(account -> found.put(id, account)));
    return found;
  }

  /**
   * Reads the account and locks it until the current unit of work ends, so that its status and
   * balance cannot change meanwhile. Must run inside {@link
   * dev.kassa.domain.shared.Transactions#inTransaction}.
   */
  Optional<Account> lock(AccountId id);

  /** The owner's customer accounts, oldest first. */
  Page<Account> pageByOwner(UserId owner, PageRequest request);

  /** Every customer account, oldest first. */
  Page<Account> pageAll(PageRequest request);

  /** The system account of that type and currency, created on first use (safe under races). */
  Account systemAccount(AccountType type, Currency currency);
}
