package dev.kassa.domain.ledger;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * What posting one journal entry writes, decided from its accounts as read under their locks: each
 * account after {@link Account#post(long)} (in the entry's posting order) and one log line per
 * posting with the balance after it. Deciding refuses the whole entry before anything is written.
 */
public record EntryPlan(
    JournalEntry entry, List<Account> accounts, List<AccountTransaction> lines) {

  public EntryPlan {
    accounts = List.copyOf(accounts);
    lines = List.copyOf(lines);
  }

  /**
   * Plans {@code entry} over {@code locked}, its accounts as read under their locks.
   *
   * @throws dev.kassa.domain.error.NotFoundException when an account of the entry is not in {@code
   *     locked}.
   * @throws CurrencyMismatchException when an account's currency is not the entry's.
   * @throws dev.kassa.domain.error.ConflictException {@code insufficient_funds} or {@code
   *     account_not_active}, as {@link Account#post(long)} refuses.
   */
  public static EntryPlan of(JournalEntry entry, LockedAccounts locked) {
    for (var id : entry.accountsInLockOrder()) {
      var account = locked.get(id);
      if (!account.currency().equals(entry.currency())) {
        throw new CurrencyMismatchException(entry.currency(), account.currency());
      }
    }
    var accounts = new ArrayList<Account>();
    var lines = new ArrayList<AccountTransaction>();
    for (var posting : entry.postings()) {
      var after = locked.get(posting.accountId()).post(posting.amount());
      accounts.add(after);
      lines.add(line(entry, posting, after));
    }
    return new EntryPlan(entry, accounts, lines);
  }

  /** The account as it is after the entry. */
  public Account after(AccountId id) {
    return accounts.stream()
        .filter(account -> account.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no posting on " + id));
  }

  /** The entry as the ledger answers it once written. */
  public PostedEntry posted() {
    return new PostedEntry(entry, lines);
  }

  private static AccountTransaction line(JournalEntry entry, Posting posting, Account after) {
    return new AccountTransaction(
        TransactionId.newId(),
        entry.id(),
        after.id(),
        posting.type(),
        Money.of(posting.amount(), entry.currency()),
        after.balanceMoney(),
        entry.description(),
        entry.reference(),
        entry.createdAt());
  }
}
