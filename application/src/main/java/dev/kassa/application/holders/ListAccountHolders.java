package dev.kassa.application.holders;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.Users;
import java.util.List;

/** Account holders the caller may see: admins see everyone, customers only themselves. */
public final class ListAccountHolders {

  private final Transactions transactions;
  private final Users users;

  public ListAccountHolders(Transactions transactions, Users users) {
    this.transactions = transactions;
    this.users = users;
  }

  public Page<User> execute(Actor actor, PageRequest page) {
    return transactions.reading(
        () -> {
          if (actor.isAdmin()) {
            return users.page(page);
          }
          var self =
              users
                  .find(actor.id())
                  .orElseThrow(() -> new NotFoundException("account holder", actor.id()));
          return Page.slice(List.of(self), page);
        });
  }
}
