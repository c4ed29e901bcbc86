package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.HOLDS;

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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The holds half of {@link JooqLedger}, each step inside the caller's transaction. Locks are taken
 * hold rows first, then accounts in ascending id order (the order {@link EntryPosting} uses), so
 * nothing deadlocks; every status change is also a guarded {@code UPDATE ... WHERE status =
 * 'pending'}, and the accounts' CHECK constraints stay as the last guard.
 */
final class LedgerHolds {

  private final DSLContext dsl;

  LedgerHolds(DSLContext dsl) {
    this.dsl = dsl;
  }

  Hold place(
      AccountId account,
      Money amount,
      Reference reference,
      String description,
      Instant now,
      Instant expiresAt) {
    var current = lockAccounts(List.of(account)).get(account);
    amount.requireCurrency(current.currency());
    var hold = Hold.place(account, amount, reference, description, now, expiresAt);
    storeHeld(current.placeHold(amount.minor()));
    dsl.insertInto(HOLDS).set(HoldMapper.toRecord(hold)).execute();
    return hold;
  }

  PostedEntry capture(
      HoldId id,
      Money amount,
      AccountId destination,
      TransactionType debitType,
      TransactionType creditType,
      Instant now) {
    var hold = lockHold(id);
    var captured = hold.capture(amount);
    var locked = lockAccounts(List.of(hold.accountId(), destination));
    var released = locked.get(hold.accountId()).releaseHold(hold.amount().minor());
    HoldCapture.check(released, locked.get(destination), amount);
    storeHeld(released);
    var entry =
        JournalEntry.between(
            hold.accountId(),
            debitType,
            destination,
            creditType,
            amount.minor(),
            amount.currency(),
            hold.description(),
            hold.reference(),
            now);
    var posted = EntryPosting.post(dsl, entry);
    changeStatus(captured);
    return posted;
  }

  Hold voidHold(HoldId id) {
    var hold = lockHold(id);
    var voided = hold.voided();
    var account = lockAccounts(List.of(hold.accountId())).get(hold.accountId());
    storeHeld(account.releaseHold(hold.amount().minor()));
    changeStatus(voided);
    return voided;
  }

  /** Skips holds another transaction has locked: that one captures, voids or expires them. */
  int expire(Instant now) {
    var due =
        dsl.selectFrom(HOLDS)
            .where(HOLDS.STATUS.eq(HoldStatus.PENDING.code()))
            .and(HOLDS.EXPIRES_AT.le(now))
            .orderBy(HOLDS.ID)
            .forUpdate()
            .skipLocked()
            .fetch(HoldMapper::toDomain);
    if (due.isEmpty()) {
      return 0;
    }
    var released =
        due.stream()
            .collect(
                Collectors.toMap(
                    Hold::accountId, hold -> hold.amount().minor(), Math::addExact, TreeMap::new));
    var locked = lockAccounts(released.keySet());
    released.forEach((account, amount) -> storeHeld(locked.get(account).releaseHold(amount)));
    due.forEach(hold -> changeStatus(hold.expire(now)));
    return due.size();
  }

  private Hold lockHold(HoldId id) {
    return dsl.selectFrom(HOLDS)
        .where(HOLDS.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional(HoldMapper::toDomain)
        .orElseThrow(() -> new NotFoundException("hold", id));
  }

  private Map<AccountId, Account> lockAccounts(Collection<AccountId> ids) {
    var locked =
        dsl
            .selectFrom(ACCOUNTS)
            .where(ACCOUNTS.ID.in(ids.stream().map(AccountId::value).toList()))
            .orderBy(ACCOUNTS.ID)
            .forUpdate()
            .fetch(AccountMapper::toDomain)
            .stream()
            .collect(Collectors.toMap(Account::id, Function.identity()));
    for (var id : ids) {
      if (!locked.containsKey(id)) {
        throw new NotFoundException("account", id);
      }
    }
    return locked;
  }

  private void storeHeld(Account account) {
    dsl.update(ACCOUNTS)
        .set(ACCOUNTS.HELD, account.held())
        .where(ACCOUNTS.ID.eq(account.id().value()))
        .execute();
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
