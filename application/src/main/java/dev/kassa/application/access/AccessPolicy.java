package dev.kassa.application.access;

import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.UserId;

/**
 * Who may do what. Customers act on what they own; admins on everything. Another user's resource is
 * reported as not found, so that ids cannot be probed.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  public static void requireAdmin(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("This needs the admin role.");
    }
  }

  /**
   * Returns normally when {@code actor} may see something owned by {@code owner}.
   *
   * @throws NotFoundException otherwise, naming the resource as if it did not exist
   */
  public static void requireVisible(Actor actor, UserId owner, String resource, Object id) {
    if (!actor.mayAccess(owner)) {
      throw new NotFoundException(resource, id);
    }
  }
}
