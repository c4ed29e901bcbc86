package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.holders.GetAccountHolder;
import dev.kassa.application.holders.ListAccountHolders;
import dev.kassa.domain.user.UserId;
import java.util.Objects;

/**
 * {@code /v1/account-holders}: customers see only themselves, admins everyone. A holder is shown as
 * the user of the same person.
 */
public final class AccountHoldersController implements Controller {

  private static final String RESOURCE = "account holder";

  private final ListAccountHolders listAccountHolders;
  private final GetAccountHolder getAccountHolder;

  public AccountHoldersController(
      ListAccountHolders listAccountHolders, GetAccountHolder getAccountHolder) {
    this.listAccountHolders = Objects.requireNonNull(listAccountHolders, "listAccountHolders");
    this.getAccountHolder = Objects.requireNonNull(getAccountHolder, "getAccountHolder");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get(
            "/v1/account-holders",
            RouteAccess.USER,
            call ->
                call.okPage(
                    listAccountHolders.execute(call.actor(), call.page()), UserResponse::from))
        .get(
            "/v1/account-holders/{id}",
            RouteAccess.USER,
            call -> {
              var id = call.pathId("id", RESOURCE, UserId::of);
              call.ok(UserResponse.from(getAccountHolder.execute(call.actor(), id)));
            });
  }
}
