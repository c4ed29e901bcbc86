package dev.kassa.application.users;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserFilter;
import dev.kassa.domain.user.Users;

/** Lists and searches the users, oldest first; for admins only. */
public final class ListUsers {

  private final Transactions transactions;
  private final Users users;

  public ListUsers(Transactions transactions, Users users) {
    this.transactions = transactions;
    this.users = users;
  }

  public Page<User> execute(Actor actor, UserFilter filter, PageRequest page) {
    AccessPolicy.requireAdmin(actor);
    return transactions.reading(() -> users.search(filter, page));
  }
}
