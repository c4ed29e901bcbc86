package dev.kassa.domain.user;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;

/** What a user may do: customers act on their own resources, admins on everyone's. */
public enum Role {
  CUSTOMER,
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String code) {
    for (var role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw ValidationException.of("role", "must be customer or admin");
  }
}
