package dev.kassa.application.holders;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.Users;

/** One account holder; another user's id is not found for a customer. */
public final class GetAccountHolder {

  private static final String RESOURCE = "account holder";

  private final Transactions transactions;
  private final Users users;

  public GetAccountHolder(Transactions transactions, Users users) {
    this.transactions = transactions;
    this.users = users;
  }

  public User execute(Actor actor, UserId id) {
    AccessPolicy.requireVisible(actor, id, RESOURCE, id);
    return transactions.reading(
        () -> users.find(id).orElseThrow(() -> new NotFoundException(RESOURCE, id)));
  }
}
