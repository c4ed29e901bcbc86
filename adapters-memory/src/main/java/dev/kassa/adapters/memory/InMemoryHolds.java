package dev.kassa.adapters.memory;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldCapture;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.PostedEntry;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The holds half of {@link InMemoryLedger}. Every write runs in a unit of work, whose lock keeps
 * other writers out, and is undo-logged through {@link Table}: a refused step leaves no trace.
 */
final class InMemoryHolds {

  private final InMemoryTransactions transactions;
  private final InMemoryAccounts accounts;
  private final Function<JournalEntry, PostedEntry> post;
  private final Table<HoldId, Hold> holds;

  InMemoryHolds(
      InMemoryTransactions transactions,
      InMemoryAccounts accounts,
      Function<JournalEntry, PostedEntry> post) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.post = post;
    this.holds = new Table<>(transactions);
  }

  Hold place(
      AccountId account,
      Money amount,
      Reference reference,
      String description,
      Instant now,
      Instant expiresAt) {
    return transactions.inTransaction(
        () -> {
          var current = account(account);
          amount.requireCurrency(current.currency());
          var hold = Hold.place(account, amount, reference, description, now, expiresAt);
          accounts.storePosted(current.placeHold(amount.minor()));
          holds.put(hold.id(), hold);
          return hold;
        });
  }

  PostedEntry capture(
      HoldId id,
      Money amount,
      AccountId destination,
      TransactionType debitType,
      TransactionType creditType,
      Instant now) {
    return transactions.inTransaction(
        () -> {
          var hold = find(id);
          var captured = hold.capture(amount);
          var released = account(hold.accountId()).releaseHold(hold.amount().minor());
          HoldCapture.check(released, account(destination), amount);
          accounts.storePosted(released);
          holds.put(id, captured);
          return post.apply(
              JournalEntry.between(
                  hold.accountId(),
                  debitType,
                  destination,
                  creditType,
                  amount.minor(),
                  amount.currency(),
                  hold.description(),
                  hold.reference(),
                  now));
        });
  }

  Hold voidHold(HoldId id) {
    return transactions.inTransaction(
        () -> {
          var hold = find(id);
          var voided = hold.voided();
          release(hold);
          holds.put(id, voided);
          return voided;
        });
  }

  int expire(Instant now) {
    return transactions.inTransaction(
        () -> {
          var due =
              holds
                  .rows()
                  .filter(hold -> hold.isDueAt(now))
                  .sorted(Comparator.comparing(Hold::id))
                  .toList();
          for (var hold : due) {
            release(hold);
            holds.put(hold.id(), hold.expire(now));
          }
          return due.size();
        });
  }

  Optional<Hold> hold(HoldId id) {
    return holds.find(id);
  }

  /** Every pending hold, for the ledger check. */
  List<Hold> pending() {
    return holds.rows().filter(hold -> hold.status() == HoldStatus.PENDING).toList();
  }

  private Hold find(HoldId id) {
    return holds.find(id).orElseThrow(() -> new NotFoundException("hold", id));
  }

  private void release(Hold hold) {
    accounts.storePosted(account(hold.accountId()).releaseHold(hold.amount().minor()));
  }

  private Account account(AccountId id) {
    return accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
  }
}
