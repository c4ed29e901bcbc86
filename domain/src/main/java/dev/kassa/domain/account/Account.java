package dev.kassa.domain.account;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * An account in one currency. {@code balance} always equals the sum of the account's postings;
 * {@code held} is the sum of its open holds, so a customer can spend {@code balance - held}. System
 * accounts have no owner and may go below zero; customer accounts never do.
 */
public record Account(
    AccountId id,
    UserId ownerId,
    AccountType type,
    Currency currency,
    String name,
    AccountStatus status,
    long balance,
    long held,
    Instant createdAt) {

  public static final int MAX_NAME_LENGTH = 100;

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (type.isSystem() != (ownerId == null)) {
      throw new IllegalArgumentException("system accounts and only they have no owner");
    }
    if (held < 0) {
      throw new IllegalArgumentException("held must not be negative");
    }
  }

  public static Account open(
      UserId owner, AccountType type, Currency currency, String name, Instant now) {
    if (type.isSystem()) {
      throw ValidationException.of("type", "must be checking or savings");
    }
    var chosen = name == null || name.isBlank() ? defaultName(type, currency) : name.strip();
    return new Account(
        AccountId.newId(),
        owner,
        type,
        currency,
        checkName(chosen),
        AccountStatus.ACTIVE,
        0,
        0,
        now);
  }

  public static Account system(AccountType type, Currency currency, Instant now) {
    if (!type.isSystem()) {
      throw new IllegalArgumentException(type + " is not a system account type");
    }
    return new Account(
        AccountId.newId(),
        null,
        type,
        currency,
        defaultName(type, currency),
        AccountStatus.ACTIVE,
        0,
        0,
        now);
  }

  public boolean isSystem() {
    return type.isSystem();
  }

  public Money balanceMoney() {
    return Money.of(balance, currency);
  }

  public Money availableBalance() {
    return Money.of(Math.subtractExact(balance, held), currency);
  }

  public Account rename(String newName) {
    if (newName == null || newName.isBlank()) {
      throw ValidationException.of("name", "must not be blank");
    }
    if (status == AccountStatus.CLOSED) {
      throw ConflictException.accountNotActive(id, status.code());
    }
    return copy(checkName(newName.strip()), status, balance, held);
  }

  /** Freezes or unfreezes; closing has its own rule ({@link #close()}). */
  public Account changeStatus(AccountStatus target) {
    if (target == AccountStatus.CLOSED) {
      throw ValidationException.of("status", "must be active or frozen; close with DELETE");
    }
    if (status == AccountStatus.CLOSED) {
      throw ConflictException.invalidStateTransition(status.code(), target.code());
    }
    return copy(name, target, balance, held);
  }

  public Account close() {
    if (status == AccountStatus.CLOSED) {
      throw ConflictException.invalidStateTransition(status.code(), AccountStatus.CLOSED.code());
    }
    if (balance != 0 || held != 0) {
      throw ConflictException.accountNotEmpty(id);
    }
    return copy(name, AccountStatus.CLOSED, balance, held);
  }

  /**
   * Applies one posting of {@code delta} minor units. The account must be active; a customer
   * account must keep {@code balance - held >= 0} after a debit; a balance that would overflow is
   * {@code balance_limit_exceeded}.
   */
  public Account post(long delta) {
    requireActive();
    var newBalance = sum(balance, delta);
    if (!isSystem() && delta < 0 && Math.subtractExact(newBalance, held) < 0) {
      throw ConflictException.insufficientFunds(id);
    }
    return copy(name, status, newBalance, held);
  }

  /**
   * Reserves {@code amount} minor units for a hold. The account must be active; a customer account
   * must have at least that much available ({@code balance - held}).
   */
  public Account placeHold(long amount) {
    requireActive();
    if (amount <= 0) {
      throw new IllegalArgumentException("a hold amount must be positive");
    }
    if (!isSystem() && Math.subtractExact(balance, held) < amount) {
      throw ConflictException.insufficientFunds(id);
    }
    return copy(name, status, balance, sum(held, amount));
  }

  /** Releases {@code amount} held minor units, whatever the status: held never goes below zero. */
  public Account releaseHold(long amount) {
    if (amount <= 0 || amount > held) {
      throw new IllegalArgumentException("cannot release " + amount + " of " + held + " held");
    }
    return copy(name, status, balance, held - amount);
  }

  private long sum(long current, long delta) {
    try {
      return Math.addExact(current, delta);
    } catch (ArithmeticException overflow) {
      throw ConflictException.balanceLimitExceeded(id);
    }
  }

  public void requireActive() {
    if (status != AccountStatus.ACTIVE) {
      throw ConflictException.accountNotActive(id, status.code());
    }
  }

  private Account copy(String newName, AccountStatus newStatus, long newBalance, long newHeld) {
    return new Account(
        id, ownerId, type, currency, newName, newStatus, newBalance, newHeld, createdAt);
  }

  private static String checkName(String name) {
    if (name.length() > MAX_NAME_LENGTH) {
      throw ValidationException.of("name", "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    return name;
  }

  private static String defaultName(AccountType type, Currency currency) {
    var label = type.code().replace('_', ' ');
    return Character.toUpperCase(label.charAt(0))
        + label.substring(1)
        + " "
        + currency.getCurrencyCode();
  }
}
