package dev.kassa.domain.user;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Replaces the stored user of the same id (profile, role, status, settings or password hash). */
  void update(User user);

  Optional<User> find(UserId id);

  /**
   * The users among {@code ids} that exist, by id, read together (one round trip where the store
   * can).
   */
  default Map<UserId, User> findAll(Collection<UserId> ids) {
    var found = new HashMap<UserId, User>();
    ids.forEach(id -> find(id).ifPresent(user -> found.put(id, user)));
    return found;
  }

  Optional<User> findByEmail(Email email);

  /** All users, oldest first. */
  Page<User> page(PageRequest request);

  /** The users {@code filter} matches, oldest first. */
  Page<User> search(UserFilter filter, PageRequest request);

  /**
   * The ids of the active admins, in ascending order, locked until the unit of work ends: a
   * concurrent caller of this method waits, then sees what this unit changed. Whoever demotes or
   * disables an admin calls it first, so two such changes cannot both leave no active admin.
   */
  List<UserId> lockActiveAdmins();
}
