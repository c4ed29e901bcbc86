package dev.kassa.application.accounts;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.user.Actor;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the customer account a caller names, or reports it as not found when it does not exist, is
 * a system account, or is not the caller's to see.
 */
public final class AccountLookup {

  private AccountLookup() {}

  /** The account if its owner or an admin asks. */
  public static Account visible(Accounts accounts, Actor actor, AccountId id) {
    return check(accounts.find(id), actor, id, true);
  }

  /** Like {@link #visible}, but locked until the current unit of work ends. */
  public static Account lockedVisible(Accounts accounts, Actor actor, AccountId id) {
    return check(accounts.lock(id), actor, id, true);
  }

  /** The account only if the caller owns it: money leaves an account on its owner's word only. */
  public static Account owned(Accounts accounts, Actor actor, AccountId id) {
    return check(accounts.find(id), actor, id, false);
  }

  /** Like {@link #owned}, among accounts read already ({@link Accounts#findAll}). */
  public static Account owned(Map<AccountId, Account> read, Actor actor, AccountId id) {
    return check(Optional.ofNullable(read.get(id)), actor, id, false);
  }

  /** Like {@link #existing}, among accounts read already ({@link Accounts#findAll}). */
  public static Account existing(Map<AccountId, Account> read, AccountId id) {
    return customer(Optional.ofNullable(read.get(id)), id);
  }

  /** Any customer account, whoever owns it: a destination of money. */
  public static Account existing(Accounts accounts, AccountId id) {
    return customer(accounts.find(id), id);
  }

  private static Account customer(Optional<Account> found, AccountId id) {
    return found.filter(a -> !a.isSystem()).orElseThrow(() -> new NotFoundException("account", id));
  }

  private static Account check(
      Optional<Account> found, Actor actor, AccountId id, boolean adminMaySee) {
    var account = customer(found, id);
    if (adminMaySee) {
      AccessPolicy.requireVisible(actor, account.ownerId(), "account", id);
    } else if (!account.ownerId().equals(actor.id())) {
      throw new NotFoundException("account", id);
    }
    return account;
  }
}
