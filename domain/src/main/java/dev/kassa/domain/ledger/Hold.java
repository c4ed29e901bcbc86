package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Money reserved on an account (a two-phase transfer, as in TigerBeetle): while {@code pending} it
 * reduces the account's available balance but not its balance. It ends exactly once: captured
 * (fully or partly, the rest released), voided, or expired once {@code expiresAt} has come. {@code
 * capturedAmount} is zero unless the hold was captured.
 */
public record Hold(
    HoldId id,
    AccountId accountId,
    Money amount,
    HoldStatus status,
    Reference reference,
    String description,
    Instant createdAt,
    Instant expiresAt,
    Money capturedAmount) {

  public Hold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(capturedAmount, "capturedAmount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a hold amount must be positive");
    }
    capturedAmount.requireCurrency(amount.currency());
    if (capturedAmount.isNegative() || amount.isLessThan(capturedAmount)) {
      throw new IllegalArgumentException("captured amount out of range");
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a hold must expire after it is created");
    }
    if (description != null && description.length() > JournalEntry.MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException("description too long");
    }
  }

  /** A new pending hold. */
  public static Hold place(
      AccountId account,
      Money amount,
      Reference reference,
      String description,
      Instant now,
      Instant expiresAt) {
    return new Hold(
        HoldId.newId(),
        account,
        amount,
        HoldStatus.PENDING,
        reference,
        description,
        now,
        expiresAt,
        Money.zero(amount.currency()));
  }

  /** Captures {@code captured} ({@code 0 < captured <= amount}); the rest is released. */
  public Hold capture(Money captured) {
    requirePending(HoldStatus.CAPTURED);
    captured.requireCurrency(amount.currency());
    if (!captured.isPositive() || amount.isLessThan(captured)) {
      throw ValidationException.of("amount", "must be positive and at most the held amount");
    }
    return with(HoldStatus.CAPTURED, captured);
  }

  public Hold voided() {
    requirePending(HoldStatus.VOIDED);
    return with(HoldStatus.VOIDED, capturedAmount);
  }

  /** Expires the hold; only a pending hold whose time has come ({@link #isDueAt}). */
  public Hold expire(Instant now) {
    requirePending(HoldStatus.EXPIRED);
    if (!isDueAt(now)) {
      throw new IllegalArgumentException("hold " + id + " expires only at " + expiresAt);
    }
    return with(HoldStatus.EXPIRED, capturedAmount);
  }

  /** Whether the hold is pending and {@code expiresAt <= now}. */
  public boolean isDueAt(Instant now) {
    return status == HoldStatus.PENDING && !expiresAt.isAfter(now);
  }

  private void requirePending(HoldStatus target) {
    if (status != HoldStatus.PENDING) {
      throw ConflictException.invalidStateTransition(status.code(), target.code());
    }
  }

  private Hold with(HoldStatus newStatus, Money captured) {
    return new Hold(
        id, accountId, amount, newStatus, reference, description, createdAt, expiresAt, captured);
  }
}
