package dev.kassa.adapters.web.banking;

import dev.kassa.domain.ledger.Transfer;
import java.time.Instant;
import java.util.UUID;

/** A completed transfer; {@code amount} in minor units of {@code currency}. */
public record TransferResponse(
    UUID id,
    UUID fromAccountId,
    UUID toAccountId,
    long amount,
    String currency,
    String description,
    String status,
    Instant createdAt) {

  public static TransferResponse from(Transfer transfer) {
    return new TransferResponse(
        transfer.id().value(),
        transfer.fromAccountId().value(),
        transfer.toAccountId().value(),
        transfer.amount().minor(),
        transfer.amount().currency().getCurrencyCode(),
        transfer.description(),
        transfer.status().code(),
        transfer.createdAt());
  }
}
