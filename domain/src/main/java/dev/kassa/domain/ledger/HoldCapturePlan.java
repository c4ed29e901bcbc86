package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * What capturing a hold writes: the hold, captured, and the entry that moves the captured amount
 * from the hold's account to the destination. The whole held amount is released first, so a partial
 * capture releases the rest; the entry's plan carries the hold's account with both its new {@code
 * held} and its new balance.
 */
public record HoldCapturePlan(Hold captured, EntryPlan entry) {

  /**
   * Captures {@code amount} of {@code locked} into {@code destination}, the hold and the accounts
   * as read under their locks. The entry carries the hold's reference and description and is dated
   * {@code now}.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code invalid_state_transition} when the hold
   *     is not pending; {@code account_not_active} or {@code insufficient_funds} from the posting.
   * @throws dev.kassa.domain.error.ValidationException when {@code amount} is not within {@code 0 <
   *     amount <= hold amount}.
   * @throws dev.kassa.domain.error.NotFoundException when an account does not exist.
   * @throws dev.kassa.domain.error.CurrencyMismatchException when an account's currency is not the
   *     amount's.
   */
  public static HoldCapturePlan plan(
      Hold locked,
      LockedAccounts accounts,
      AccountId destination,
      Money amount,
      TransactionType debitType,
      TransactionType creditType,
      Instant now) {
    var captured = locked.capture(amount);
    var released = accounts.get(locked.accountId()).releaseHold(locked.amount().minor());
    var entry =
        JournalEntry.between(
            locked.accountId(),
            debitType,
            destination,
            creditType,
            amount.minor(),
            amount.currency(),
            locked.description(),
            locked.reference(),
            now);
    var afterRelease = LockedAccounts.of(List.of(released, accounts.get(destination)));
    return new HoldCapturePlan(captured, EntryPlan.of(entry, afterRelease));
  }
}
