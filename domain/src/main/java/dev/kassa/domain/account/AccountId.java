package dev.kassa.domain.account;

import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies an account, a customer's or a system one. */
public record AccountId(UUID value) implements Comparable<AccountId>, LockKey {

  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  public static AccountId newId() {
    return new AccountId(Uuids.v7());
  }

  public static AccountId of(String text) {
    return new AccountId(UUID.fromString(text));
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
