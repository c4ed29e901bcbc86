package dev.kassa.adapters.memory;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserFilter;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.Users;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Users in memory, with a unique index of their (already lower-cased) emails. */
public final class InMemoryUsers implements Users {

  private static final Comparator<User> OLDEST_FIRST =
      Comparator.comparing(User::createdAt).thenComparing(User::id);

  private final InMemoryTransactions transactions;
  private final Table<UserId, User> users;
  private final Table<Email, UserId> emails;

  public InMemoryUsers(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.users = new Table<>(transactions);
    this.emails = new Table<>(transactions);
  }

  @Override
  public void add(User user) {
    transactions.run(
        () -> {
          if (users.find(user.id()).isPresent()) {
            throw new IllegalArgumentException("user " + user.id() + " exists already");
          }
          if (!emails.insert(user.email(), user.id())) {
            throw ConflictException.emailTaken();
          }
          users.put(user.id(), user);
        });
  }

  @Override
  public void update(User user) {
    transactions.run(
        () -> {
          var current = users.find(user.id()).orElseThrow(() -> notFound(user.id()));
          if (!current.email().equals(user.email())) {
            if (!emails.insert(user.email(), user.id())) {
              throw ConflictException.emailTaken();
            }
            emails.remove(current.email());
          }
          users.put(user.id(), user);
        });
  }

  @Override
  public Optional<User> find(UserId id) {
    return users.find(id);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return emails.find(email).flatMap(users::find);
  }

  @Override
  public Page<User> page(PageRequest request) {
    return Page.slice(users.rows().sorted(OLDEST_FIRST).toList(), request);
  }

  @Override
  public Page<User> search(UserFilter filter, PageRequest request) {
    return Page.slice(users.rows().filter(filter::matches).sorted(OLDEST_FIRST).toList(), request);
  }

  /** Units of work run one at a time here, so reading is locking enough. */
  @Override
  public List<UserId> lockActiveAdmins() {
    return users.rows().filter(User::isActiveAdmin).map(User::id).sorted().toList();
  }

  private static NotFoundException notFound(UserId id) {
    return new NotFoundException("user", id);
  }
}
