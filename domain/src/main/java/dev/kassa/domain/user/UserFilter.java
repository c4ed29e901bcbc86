package dev.kassa.domain.user;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;

/**
 * Which users an admin lists: {@code text} (case-insensitive, in the email, first or last name),
 * {@code role} and {@code status}; a null criterion matches every user.
 */
public record UserFilter(String text, Role role, UserStatus status) {

  public static final int MAX_TEXT_LENGTH = 100;

  public UserFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw ValidationException.of("q", "is too long");
    }
  }

  public static UserFilter all() {
    return new UserFilter(null, null, null);
  }

  public boolean matches(User user) {
    return (role == null || user.role() == role)
        && (status == null || user.status() == status)
        && (text == null || contains(user, text));
  }

  private static boolean contains(User user, String text) {
    var needle = text.toLowerCase(Locale.ROOT);
    var profile = user.profile();
    return user.email().value().contains(needle)
        || profile.firstName().toLowerCase(Locale.ROOT).contains(needle)
        || profile.lastName().toLowerCase(Locale.ROOT).contains(needle);
  }
}
