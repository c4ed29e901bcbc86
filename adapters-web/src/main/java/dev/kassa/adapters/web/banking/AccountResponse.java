package dev.kassa.adapters.web.banking;

import dev.kassa.domain.account.Account;
import java.time.Instant;
import java.util.UUID;

/** An account as the API shows it; balances in minor units of {@code currency}. */
public record AccountResponse(
    UUID id,
    UUID ownerId,
    String type,
    String currency,
    String name,
    String status,
    long balance,
    long availableBalance,
    Instant createdAt) {

  public static AccountResponse from(Account account) {
    return new AccountResponse(
        account.id().value(),
        account.ownerId().value(),
        account.type().code(),
        account.currency().getCurrencyCode(),
        account.name(),
        account.status().code(),
        account.balance(),
        account.availableBalance().minor(),
        account.createdAt());
  }
}
