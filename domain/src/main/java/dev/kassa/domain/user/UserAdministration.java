package dev.kassa.domain.user;

import dev.kassa.domain.error.ConflictException;
import java.util.List;

/** The rules of an admin's changes to a user's role and status. */
public final class UserAdministration {

  private UserAdministration() {}

  /**
   * {@code user} with the given role and status (null leaves one as it is). Kassa always keeps one
   * active admin: a change that would demote or disable the last one is refused.
   *
   * @param activeAdmins the active admins, as read under {@link Users#lockActiveAdmins()} when the
   *     change takes an admin away
   * @throws ConflictException {@code invalid_state_transition} for the last active admin
   */
  public static User change(User user, Role role, UserStatus status, List<UserId> activeAdmins) {
    var changed =
        user.withRole(role != null ? role : user.role())
            .withStatus(status != null ? status : user.status());
    if (takesAnAdminAway(user, changed)
        && activeAdmins.stream().noneMatch(admin -> !admin.equals(user.id()))) {
      throw ConflictException.invalidStateTransition(describe(user), describe(changed));
    }
    return changed;
  }

  /** Whether {@code user} is an active admin that the change would demote or disable. */
  public static boolean takesAnAdminAway(User user, User changed) {
    return user.isActiveAdmin() && !changed.isActiveAdmin();
  }

  private static String describe(User user) {
    return user.status().code() + " " + user.role().code();
  }
}
