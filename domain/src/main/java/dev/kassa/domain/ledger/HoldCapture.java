package dev.kassa.domain.ledger;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.shared.Money;

/**
 * The checks a ledger runs before it writes anything for a capture, so that a refused capture
 * leaves no trace even inside a caller's unit of work that goes on.
 */
public final class HoldCapture {

  private HoldCapture() {}

  /**
   * Refuses the capture of {@code amount} from {@code released} (the hold's account with the hold
   * already released) to {@code destination} as {@link Ledger#post} would.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code account_not_active} or {@code
   *     insufficient_funds}.
   * @throws dev.kassa.domain.error.CurrencyMismatchException when the destination's currency is not
   *     the amount's.
   */
  public static void check(Account released, Account destination, Money amount) {
    amount.requireCurrency(released.currency());
    amount.requireCurrency(destination.currency());
    released.post(Math.negateExact(amount.minor()));
    destination.post(amount.minor());
  }
}
