package dev.kassa.application.auth;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.Users;

/** The caller's own user record. */
public final class GetCurrentUser {

  private final Transactions transactions;
  private final Users users;

  public GetCurrentUser(Transactions transactions, Users users) {
    this.transactions = transactions;
    this.users = users;
  }

  public User execute(Actor actor) {
    return transactions.reading(
        () -> users.find(actor.id()).orElseThrow(() -> new NotFoundException("user", actor.id())));
  }
}
