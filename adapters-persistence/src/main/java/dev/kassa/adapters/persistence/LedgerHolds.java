package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.HOLDS;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldCapturePlan;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldPlacement;
import dev.kassa.domain.ledger.HoldRelease;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.PostedEntry;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The holds half of {@link JooqLedger}, each step inside the caller's transaction: it locks, reads,
 * lets the domain decide ({@link HoldPlacement}, {@link HoldCapturePlan}, {@link HoldRelease}) and
 * writes what it was told. Locks are taken hold rows first, then accounts in ascending id order
 * (the order {@link EntryPosting} uses), so nothing deadlocks; every status change is also a
 * guarded {@code UPDATE ... WHERE status = 'pending'}, and the accounts' CHECK constraints stay as
 * the last guard.
 */
final class LedgerHolds {

  private final DSLContext dsl;

  LedgerHolds(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Locks {@code account} and writes the placement {@code decide} makes of it. */
  Hold place(AccountId account, Function<Account, HoldPlacement> decide) {
    var placement = decide.apply(EntryPosting.lockAccounts(dsl, List.of(account)).get(account));
    EntryPosting.storeAccounts(dsl, List.of(placement.account()));
    dsl.insertInto(HOLDS).set(HoldMapper.toRecord(placement.hold())).execute();
    return placement.hold();
  }

  /**
   * Locks the hold, then its account and {@code destination}, and writes the capture {@code decide}
   * plans from them.
   */
  PostedEntry capture(
      HoldId id, AccountId destination, BiFunction<Hold, LockedAccounts, HoldCapturePlan> decide) {
    var hold = lockHold(id);
    var plan =
        decide.apply(hold, EntryPosting.lockAccounts(dsl, List.of(hold.accountId(), destination)));
    EntryPosting.write(dsl, plan.entry());
    changeStatus(plan.captured());
    return plan.entry().posted();
  }

  Hold voidHold(HoldId id) {
    var hold = lockHold(id);
    var release =
        HoldRelease.voiding(hold, EntryPosting.lockAccounts(dsl, List.of(hold.accountId())));
    write(release);
    return release.holds().getFirst();
  }

  /** Skips holds another transaction has locked: that one captures, voids or expires them. */
  List<Hold> expire(Instant now) {
    var due =
        dsl.selectFrom(HOLDS)
            .where(HOLDS.STATUS.eq(DSL.inline(HoldStatus.PENDING.code())))
            .and(HOLDS.EXPIRES_AT.le(now))
            .orderBy(HOLDS.ID)
            .forUpdate()
            .skipLocked()
            .fetch(HoldMapper::toDomain);
    if (due.isEmpty()) {
      return List.of();
    }
    var accounts = EntryPosting.lockAccounts(dsl, HoldRelease.accountsInLockOrder(due));
    var release = HoldRelease.expiring(due, accounts, now);
    write(release);
    return release.holds();
  }

  private Hold lockHold(HoldId id) {
    return dsl.selectFrom(HOLDS)
        .where(HOLDS.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional(HoldMapper::toDomain)
        .orElseThrow(() -> new NotFoundException("hold", id));
  }

  private void write(HoldRelease release) {
    EntryPosting.storeAccounts(dsl, release.accounts());
    release.holds().forEach(this::changeStatus);
  }

  private void changeStatus(Hold hold) {
    var changed =
        dsl.update(HOLDS)
            .set(HOLDS.STATUS, hold.status().code())
            .set(HOLDS.CAPTURED_AMOUNT, HoldMapper.toRecord(hold).getCapturedAmount())
            .where(HOLDS.ID.eq(hold.id().value()))
            .and(HOLDS.STATUS.eq(HoldStatus.PENDING.code()))
            .execute();
    if (changed != 1) {
      throw new IllegalStateException("hold " + hold.id() + " changed under its lock");
    }
  }
}
