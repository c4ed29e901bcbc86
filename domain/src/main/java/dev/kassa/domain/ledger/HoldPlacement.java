package dev.kassa.domain.ledger;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.shared.Money;
import java.time.Instant;

/** What placing a hold writes: the new pending hold and its account with its held amount raised. */
public record HoldPlacement(Hold hold, Account account) {

  /**
   * Places a hold of {@code amount} on {@code locked}, the account as read under its lock.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code insufficient_funds} or {@code
   *     account_not_active}, as {@link Account#placeHold(long)} refuses.
   * @throws dev.kassa.domain.error.CurrencyMismatchException when the account's currency is not the
   *     amount's.
   */
  public static HoldPlacement place(
      Account locked,
      Money amount,
      Reference reference,
      String description,
      Instant now,
      Instant expiresAt) {
    amount.requireCurrency(locked.currency());
    var hold = Hold.place(locked.id(), amount, reference, description, now, expiresAt);
    return new HoldPlacement(hold, locked.placeHold(amount.minor()));
  }
}
