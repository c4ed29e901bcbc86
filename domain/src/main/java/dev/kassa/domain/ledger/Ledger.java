package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
  PostedEntry post(JournalEntry entry);

  Optional<AccountTransaction> transaction(TransactionId id);

  /** Log lines matching the filter, newest first. */
  Page<AccountTransaction> transactions(TransactionFilter filter, PageRequest request);

  /** An account's lines with {@code from <= createdAt < to}, oldest first. */
  List<AccountTransaction> lines(AccountId account, Instant from, Instant to);

  /** The account's balance just before {@code at}: the sum of its earlier postings. */
  Money balanceBefore(AccountId account, Instant at);

  /**
   * Checks that every entry balances, every balance equals the sum of its postings, and no customer
   * account is below zero.
   */
  LedgerVerification verify();
}
