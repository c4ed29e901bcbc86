package dev.kassa.application.users;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserAdministration;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.UserStatus;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An admin changes a user's role or status. Disabling a user revokes all its sessions in the same
 * unit of work, so its access tokens are refused on the next request. A change that could take an
 * admin away first locks the active admins, so that two concurrent ones cannot both remove the last
 * two (see {@link UserAdministration}). Every change is audited.
 */
public final class UpdateUser {

  /** The new role and/or status; null leaves one as it is. At least one is required. */
  public record Command(Role role, UserStatus status) {

    public Command {
      if (role == null && status == null) {
        throw ValidationException.of("user", "needs at least one of role, status");
      }
    }

    boolean mayTakeAnAdminAway() {
      return role == Role.CUSTOMER || status == UserStatus.DISABLED;
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final Sessions sessions;
  private final AuditLog auditLog;
  private final Clock clock;

  public UpdateUser(
      Transactions transactions, Users users, Sessions sessions, AuditLog auditLog, Clock clock) {
    this.transactions = transactions;
    this.users = users;
    this.sessions = sessions;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Changes a user's role or status.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code invalid_state_transition} when the user
   *     is the last active admin and the change would demote or disable it
   */
  public User execute(Actor actor, UserId id, Command command) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          List<UserId> activeAdmins =
              command.mayTakeAnAdminAway() ? users.lockActiveAdmins() : List.of();
          var user = users.find(id).orElseThrow(() -> new NotFoundException("user", id));
          var changed =
              UserAdministration.change(user, command.role(), command.status(), activeAdmins);
          var now = clock.instant();
          users.update(changed);
          if (changed.role() != user.role()) {
            audit(
                AuditTypes.ROLE_CHANGED,
                actor,
                user,
                user.role().code(),
                changed.role().code(),
                now);
          }
          if (changed.status() != user.status()) {
            audit(
                AuditTypes.USER_STATUS_CHANGED,
                actor,
                user,
                user.status().code(),
                changed.status().code(),
                now);
          }
          if (!changed.isActive()) {
            sessions.revokeAllOf(user.id(), null, now);
          }
          return changed;
        });
  }

  private void audit(String type, Actor actor, User user, String from, String to, Instant now) {
    auditLog.record(
        AuditEvent.of(type, actor.id(), "user", user.id(), Map.of("from", from, "to", to), now));
  }
}
