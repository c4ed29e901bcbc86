package dev.kassa.domain.account;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;

/**
 * What an account is for. Customers open checking and savings accounts; the others are the
 * per-currency system accounts through which money enters and leaves the ledger, and which may go
 * below zero.
 */
public enum AccountType {
  CHECKING(false),
  SAVINGS(false),
  CASH(true),
  MERCHANT_REVENUE(true),
  PAYMENT_CLEARING(true);

  private final boolean system;

  AccountType(boolean system) {
    this.system = system;
  }

  public boolean isSystem() {
    return system;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a type a customer may open: {@code checking} or {@code savings}. */
  public static AccountType parseCustomerType(String code) {
    if ("checking".equals(code)) {
      return CHECKING;
    }
    if ("savings".equals(code)) {
      return SAVINGS;
    }
    throw ValidationException.of("type", "must be checking or savings");
  }

  public static AccountType fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
