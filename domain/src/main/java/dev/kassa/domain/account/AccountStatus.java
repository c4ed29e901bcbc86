package dev.kassa.domain.account;

import java.util.Locale;

/** Only an active account sends or receives money; closed is final. */
public enum AccountStatus {
  ACTIVE,
  FROZEN,
  CLOSED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AccountStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
