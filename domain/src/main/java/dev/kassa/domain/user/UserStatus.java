package dev.kassa.domain.user;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;

/** Whether a user may log in: a disabled user's sessions end and its logins are refused. */
public enum UserStatus {
  ACTIVE,
  DISABLED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static UserStatus parse(String code) {
    for (var status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw ValidationException.of("status", "must be active or disabled");
  }
}
