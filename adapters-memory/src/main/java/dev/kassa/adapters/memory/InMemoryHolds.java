package dev.kassa.adapters.memory;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.EntryPlan;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldCapturePlan;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldPlacement;
import dev.kassa.domain.ledger.HoldRelease;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.PostedEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

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

  /** Reads {@code account} and writes the placement {@code decide} makes of it. */
  Hold place(AccountId account, Function<Account, HoldPlacement> decide) {
    return transactions.inTransaction(
        () -> {
          var placement = decide.apply(accounts.lockAll(List.of(account)).get(account));
          accounts.storePosted(placement.account());
          holds.put(placement.hold().id(), placement.hold());
          return placement.hold();
        });
  }

  /**
   * Reads the hold, its account and {@code destination}, and writes the capture {@code decide}
   * plans from them.
   */
  PostedEntry capture(
      HoldId id, AccountId destination, BiFunction<Hold, LockedAccounts, HoldCapturePlan> decide) {
    return transactions.inTransaction(
        () -> {
          var hold = find(id);
          var plan = decide.apply(hold, accounts.lockAll(List.of(hold.accountId(), destination)));
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

  List<Hold> expire(Instant now) {
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
          return release.holds();
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
