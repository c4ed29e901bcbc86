package dev.kassa.application.accounts;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.UserId;
import java.util.Objects;

/**
 * Lists accounts: a customer's own; an admin's choice of one owner's ({@code ownerId}) or, without
 * it, every customer account.
 */
public final class ListAccounts {

  /** {@code ownerId} is optional. */
  public record Query(UserId ownerId, PageRequest page) {
    public Query {
      Objects.requireNonNull(page, "page");
    }
  }

  private final Accounts accounts;

  public ListAccounts(Accounts accounts) {
    this.accounts = accounts;
  }

  public Page<Account> execute(Actor actor, Query query) {
    if (actor.isAdmin()) {
      return query.ownerId() == null
          ? accounts.pageAll(query.page())
          : accounts.pageByOwner(query.ownerId(), query.page());
    }
    if (query.ownerId() != null && !query.ownerId().equals(actor.id())) {
      throw new ForbiddenException("Only admins may list another owner's accounts.");
    }
    return accounts.pageByOwner(actor.id(), query.page());
  }
}
