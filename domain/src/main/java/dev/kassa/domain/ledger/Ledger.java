package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The double-entry ledger: the only way balances change. Every write goes through {@link #post}, so
 * that an implementation may later group many entries into one database transaction without any use
 * case noticing.
 */
public interface Ledger {

  /**
   * Applies a balanced entry atomically, inside the current unit of work: locks its accounts in
   * ascending id order, applies {@link dev.kassa.domain.account.Account#post(long)} to each (which
   * refuses inactive accounts and customer overdrafts), writes one log line per posting with the
   * balance after it, and stores the new balances.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code insufficient_funds} or {@code
   *     account_not_active}; nothing is written then.
   * @throws dev.kassa.domain.error.NotFoundException when an account does not exist.
   * @throws dev.kassa.domain.error.CurrencyMismatchException when an account's currency is not the
   *     entry's.
   */
  default PostedEntry post(JournalEntry entry) {
    return post(entry.accountsInLockOrder(), locked -> entry);
  }

  /**
   * Posts the entry that {@code entryOf} makes from {@code accounts} as read under their locks,
   * inside the current unit of work: locks them in ascending id order (an id that does not exist is
   * left out of what {@code entryOf} is given), asks {@code entryOf} for the entry, and posts it
   * over them as {@link #post(JournalEntry)} does. One read under the locks serves both the
   * caller's checks and the posting. {@code entryOf} may refuse by throwing: nothing is written
   * then. The entry may only post to accounts among {@code accounts}.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code insufficient_funds} or {@code
   *     account_not_active}; nothing is written then.
   * @throws dev.kassa.domain.error.NotFoundException when an account of the entry was not read.
   * @throws dev.kassa.domain.error.CurrencyMismatchException when an account's currency is not the
   *     entry's.
   */
  PostedEntry post(Collection<AccountId> accounts, Function<LockedAccounts, JournalEntry> entryOf);

  /**
   * Locks the accounts that exist among {@code accounts} inside the current unit of work, in
   * ascending id order, as {@link #post} locks its accounts: a unit of work that runs many
   * operations (a batch) locks all their accounts this way before the first, so that the posts that
   * follow take no lock out of that order.
   */
  void lock(Collection<AccountId> accounts);

  Optional<AccountTransaction> transaction(TransactionId id);

  /** Log lines matching the filter, newest first. */
  Page<AccountTransaction> transactions(TransactionFilter filter, PageRequest request);

  /** An account's lines with {@code from <= createdAt < to}, oldest first. */
  List<AccountTransaction> lines(AccountId account, Instant from, Instant to);

  /** The account's balance just before {@code at}: the sum of its earlier postings. */
  Money balanceBefore(AccountId account, Instant at);

  /**
   * The account's balance at {@code at}: the sum of its postings dated at or before it, so that it
   * equals the {@code balanceAfter} of the last line up to {@code at}.
   */
  Money balanceAt(AccountId account, Instant at);

  /**
   * Places a pending hold inside the current unit of work: locks the account, applies {@link
   * dev.kassa.domain.account.Account#placeHold(long)} and stores the hold and the account's new
   * {@code held}. The balance does not change.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code insufficient_funds} or {@code
   *     account_not_active}; nothing is written then.
   * @throws dev.kassa.domain.error.NotFoundException when the account does not exist.
   * @throws dev.kassa.domain.error.CurrencyMismatchException when the account's currency is not the
   *     amount's.
   */
  Hold placeHold(
      AccountId account,
      Money amount,
      Reference reference,
      String description,
      Instant now,
      Instant expiresAt);

  /**
   * Captures a pending hold inside the current unit of work: locks the hold, then its account and
   * {@code destination} in ascending id order; releases the whole held amount, posts one entry of
   * {@code amount} from the hold's account to {@code destination} (with the hold's reference and
   * description, dated {@code now}) and marks the hold captured. Capturing less than the hold
   * releases the rest.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code invalid_state_transition} when the hold
   *     is not pending, or {@code account_not_active}; nothing is written then.
   * @throws dev.kassa.domain.error.ValidationException when {@code amount} is not within {@code 0 <
   *     amount <= hold amount}.
   * @throws dev.kassa.domain.error.NotFoundException when the hold or an account does not exist.
   */
  PostedEntry captureHold(
      HoldId id,
      Money amount,
      AccountId destination,
      TransactionType debitType,
      TransactionType creditType,
      Instant now);

  /**
   * Voids a pending hold inside the current unit of work, releasing its whole amount.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code invalid_state_transition} when the hold
   *     is not pending.
   * @throws dev.kassa.domain.error.NotFoundException when the hold does not exist.
   */
  Hold voidHold(HoldId id, Instant now);

  /**
   * Expires every pending hold with {@code expiresAt <= now} and releases its amount; returns the
   * holds it expired, as they are now. Safe to run concurrently, from several processes too: each
   * hold expires once.
   */
  List<Hold> expireHolds(Instant now);

  Optional<Hold> hold(HoldId id);

  /**
   * Checks that every entry balances, every balance equals the sum of its postings, every account's
   * {@code held} equals the sum of its pending holds, and no customer account is below zero.
   */
  LedgerVerification verify();
}
