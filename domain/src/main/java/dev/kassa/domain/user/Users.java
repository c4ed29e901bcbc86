package dev.kassa.domain.user;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Optional;

/** The registered users. Emails are unique, compared case-insensitively. */
public interface Users {

  /**
   * Adds a new user.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code email_taken} when the email is
   *     registered already, including by a concurrent registration.
   */
  void add(User user);

  /** Replaces the stored user of the same id (profile, role or password hash). */
  void update(User user);

  Optional<User> find(UserId id);

  Optional<User> findByEmail(Email email);

  /** All users, oldest first. */
  Page<User> page(PageRequest request);
}
