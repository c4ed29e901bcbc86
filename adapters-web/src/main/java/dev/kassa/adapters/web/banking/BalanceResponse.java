package dev.kassa.adapters.web.banking;

import dev.kassa.application.statements.GetBalance;
import java.time.Instant;
import java.util.UUID;

/** An account's balance at an instant, in minor units of {@code currency}. */
public record BalanceResponse(UUID accountId, String currency, Instant at, long balance) {

  public static BalanceResponse from(GetBalance.Balance balance) {
    return new BalanceResponse(
        balance.accountId().value(),
        balance.balance().currency().getCurrencyCode(),
        balance.at(),
        balance.balance().minor());
  }
}
