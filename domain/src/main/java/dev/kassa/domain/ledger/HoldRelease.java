package dev.kassa.domain.ledger;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * What ending holds without moving money writes: the holds, voided or expired, and their accounts
 * with {@code held} lowered by the whole amount of their holds (netted per account, so an account
 * with several holds is written once).
 */
public record HoldRelease(List<Hold> holds, List<Account> accounts) {

  public HoldRelease {
    holds = List.copyOf(holds);
    accounts = List.copyOf(accounts);
  }

  /**
   * Voids {@code locked} and releases it from its account, both as read under their locks.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code invalid_state_transition} when the hold
   *     is not pending.
   */
  public static HoldRelease voiding(Hold locked, LockedAccounts accounts) {
    var voided = locked.voided();
    return new HoldRelease(List.of(voided), released(List.of(locked), accounts));
  }

  /**
   * Expires every hold of {@code due} (each pending, with {@code expiresAt <= now}) and releases
   * them from {@code locked}, their accounts as read under their locks.
   *
   * @throws dev.kassa.domain.error.NotFoundException when a hold's account does not exist.
   */
  public static HoldRelease expiring(List<Hold> due, LockedAccounts locked, Instant now) {
    var expired = due.stream().map(hold -> hold.expire(now)).toList();
    return new HoldRelease(expired, released(due, locked));
  }

  /** The accounts of {@code holds}, in ascending id order: the order in which to lock them. */
  public static List<AccountId> accountsInLockOrder(List<Hold> holds) {
    return holds.stream().map(Hold::accountId).distinct().sorted().toList();
  }

  private static List<Account> released(List<Hold> holds, LockedAccounts locked) {
    var amounts = new TreeMap<AccountId, Long>();
    holds.forEach(hold -> amounts.merge(hold.accountId(), hold.amount().minor(), Math::addExact));
    return amounts.entrySet().stream()
        .map(held -> locked.get(held.getKey()).releaseHold(held.getValue()))
        .toList();
  }
}
