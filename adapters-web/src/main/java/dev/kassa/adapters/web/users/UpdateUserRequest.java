package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.users.UpdateUser;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserStatus;

/** {@code PATCH /v1/admin/users/{id}}: a new {@code role} and/or {@code status}. */
public record UpdateUserRequest(String role, String status) {

  public UpdateUser.Command toCommand(Fields fields) {
    var newRole = fields.parse("role", role, Role::parse);
    var newStatus = fields.parse("status", status, UserStatus::parse);
    return new UpdateUser.Command(newRole, newStatus);
  }
}
