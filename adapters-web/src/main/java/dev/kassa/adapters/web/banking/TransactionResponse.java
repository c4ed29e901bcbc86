package dev.kassa.adapters.web.banking;

import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Reference;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the transaction log; {@code amount} is signed (negative for money leaving the
 * account) and, like {@code balanceAfter}, in minor units of {@code currency}.
 */
public record TransactionResponse(
    UUID id,
    UUID accountId,
    String type,
    long amount,
    String currency,
    long balanceAfter,
    String description,
    ReferenceResponse reference,
    Instant createdAt) {

  /** What the movement was made for. */
  public record ReferenceResponse(String kind, UUID id) {

    public static ReferenceResponse from(Reference reference) {
      return new ReferenceResponse(reference.kind(), reference.id());
    }
  }

  public static TransactionResponse from(AccountTransaction line) {
    return new TransactionResponse(
        line.id().value(),
        line.accountId().value(),
        line.type().code(),
        line.amount().minor(),
        line.amount().currency().getCurrencyCode(),
        line.balanceAfter().minor(),
        line.description(),
        ReferenceResponse.from(line.reference()),
        line.createdAt());
  }
}
