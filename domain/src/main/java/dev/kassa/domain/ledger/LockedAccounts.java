package dev.kassa.domain.ledger;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts a ledger adapter read under their locks, by id: what the ledger's rules decide from.
 * An account asked for but not read does not exist.
 */
public record LockedAccounts(Map<AccountId, Account> byId) {

  public LockedAccounts {
    byId = Map.copyOf(byId);
  }

  public static LockedAccounts of(Collection<Account> accounts) {
    return new LockedAccounts(
        accounts.stream().collect(Collectors.toMap(Account::id, Function.identity())));
  }

  /**
   * The account of that id, as read under its lock.
   *
   * @throws NotFoundException when the account was not read.
   */
  public Account get(AccountId id) {
    var account = byId.get(id);
    if (account == null) {
      throw new NotFoundException("account", id);
    }
    return account;
  }
}
