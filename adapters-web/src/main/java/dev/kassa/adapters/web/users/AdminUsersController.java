package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.users.ListUsers;
import dev.kassa.application.users.UpdateUser;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserFilter;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.UserStatus;
import java.util.Objects;

/** User administration under {@code /v1/admin/users}: search, change a role, disable, enable. */
public final class AdminUsersController implements Controller {

  private final ListUsers listUsers;
  private final UpdateUser updateUser;

  public AdminUsersController(ListUsers listUsers, UpdateUser updateUser) {
    this.listUsers = Objects.requireNonNull(listUsers, "listUsers");
    this.updateUser = Objects.requireNonNull(updateUser, "updateUser");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get("/v1/admin/users", RouteAccess.ADMIN, this::list)
        .patch("/v1/admin/users/{id}", RouteAccess.ADMIN, this::update);
  }

  private void list(Call call) {
    var filter =
        new UserFilter(
            call.query("q").orElse(null),
            call.query("role", Role::parse).orElse(null),
            call.query("status", UserStatus::parse).orElse(null));
    call.okPage(listUsers.execute(call.actor(), filter, call.page()), UserResponse::from);
  }

  private void update(Call call) {
    var id = call.pathId("id", "user", UserId::of);
    var command = call.command(UpdateUserRequest.class, UpdateUserRequest::toCommand);
    call.ok(UserResponse.from(updateUser.execute(call.actor(), id, command)));
  }
}
