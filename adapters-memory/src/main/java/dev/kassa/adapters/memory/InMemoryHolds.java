package dev.kassa.adapters.memory;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.EntryPlan;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldCapturePlan;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldPlacement;
import dev.kassa.domain.ledger.HoldRelease;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.PostedEntry;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The holds half of {@link InMemoryLedger}: reads under the unit of work's lock, which keeps other
 * writers out, lets the domain decide ({@link HoldPlacement}, {@link HoldCapturePlan}, {@link
 * HoldRelease}) and writes what it was told, undo-logged through {@link Table}.
 */
final class InMemoryHolds {

  private final InMemoryTransactions transactions;
  private final InMemoryAccounts accounts;
  private final Consumer<EntryPlan> writeEntry;
  private final Table<HoldId, Hold> holds;

  InMemoryHolds(
      InMemoryTransactions transactions,
      InMemoryAccounts accounts,
      Consumer<EntryPlan> writeEntry) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.writeEntry = writeEntry;
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
          var locked = accounts.lockAll(List.of(account)).get(account);
          var placement =
              HoldPlacement.place(locked, amount, reference, description, now, expiresAt);
          accounts.storePosted(placement.account());
          holds.put(placement.hold().id(), placement.hold());
          return placement.hold();
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
          var plan =
              HoldCapturePlan.plan(
                  hold,
                  accounts.lockAll(List.of(hold.accountId(), destination)),
                  destination,
                  amount,
                  debitType,
                  creditType,
                  now);
          writeEntry.accept(plan.entry());
          holds.put(id, plan.captured());
          return plan.entry().posted();
        });
  }

  Hold voidHold(HoldId id) {
    return transactions.inTransaction(
        () -> {
          var hold = find(id);
          var release = HoldRelease.voiding(hold, accounts.lockAll(List.of(hold.accountId())));
          write(release);
          return release.holds().getFirst();
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
          var release =
              HoldRelease.expiring(
                  due, accounts.lockAll(HoldRelease.accountsInLockOrder(due)), now);
          write(release);
          return release.holds().size();
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

  private void write(HoldRelease release) {
    release.accounts().forEach(accounts::storePosted);
    release.holds().forEach(hold -> holds.put(hold.id(), hold));
  }
}
