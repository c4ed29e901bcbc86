package dev.kassa.domain.user;

import java.util.Objects;

/** The authenticated caller of a use case. */
public record Actor(UserId id, Role role) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** Whether this caller may see or act on something owned by {@code owner}. */
  public boolean mayAccess(UserId owner) {
    return isAdmin() || id.equals(owner);
  }
}
