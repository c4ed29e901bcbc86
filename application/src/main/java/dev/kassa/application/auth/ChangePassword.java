package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Password;
import dev.kassa.domain.user.PasswordHasher;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Changes the caller's password, given the current one, and revokes every other session of the
 * caller: the session making the change stays valid. A wrong current password is {@code
 * validation_failed} on {@code currentPassword}, as is a change that races another one. The slow
 * hashing runs outside any unit of work.
 */
public final class ChangePassword {

  static final String WRONG_PASSWORD = "is not the current password";

  public record Command(String currentPassword, String newPassword) {

    public Command {
      new ValidationException.Collector()
          .check(
              currentPassword != null && !currentPassword.isEmpty(),
              "currentPassword",
              "is required")
          .check(newPassword != null, "newPassword", "is required")
          .check(newPassword == null || isValid(newPassword), "newPassword", lengthRule())
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "ChangePassword.Command[currentPassword=***, newPassword=***]";
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final Sessions sessions;
  private final PasswordHasher passwordHasher;
  private final AuditLog auditLog;
  private final Clock clock;

  public ChangePassword(
      Transactions transactions,
      Users users,
      Sessions sessions,
      PasswordHasher passwordHasher,
      AuditLog auditLog,
      Clock clock) {
    this.transactions = transactions;
    this.users = users;
    this.sessions = sessions;
    this.passwordHasher = passwordHasher;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** {@code session} is the caller's own session, the one that stays valid. */
  public void execute(Actor actor, SessionId session, Command command) {
    Objects.requireNonNull(session, "session");
    var user =
        transactions
            .inTransaction(() -> users.find(actor.id()))
            .orElseThrow(() -> new NotFoundException("user", actor.id()));
    if (!isValid(command.currentPassword())
        || !passwordHasher.matches(new Password(command.currentPassword()), user.passwordHash())) {
      throw ValidationException.of("currentPassword", WRONG_PASSWORD);
    }
    var hash = passwordHasher.hash(new Password(command.newPassword()));
    transactions.run(
        () -> {
          var current =
              users.find(user.id()).orElseThrow(() -> new NotFoundException("user", user.id()));
          if (!current.passwordHash().equals(user.passwordHash())) {
            throw ValidationException.of("currentPassword", WRONG_PASSWORD);
          }
          var now = clock.instant();
          users.update(current.withPasswordHash(hash));
          sessions.revokeAllOf(user.id(), session, now);
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PASSWORD_CHANGED, user.id(), "user", user.id(), Map.of(), now));
        });
  }

  static boolean isValid(String password) {
    var length = password.codePointCount(0, password.length());
    return length >= Password.MIN_LENGTH && length <= Password.MAX_LENGTH;
  }

  static String lengthRule() {
    return "must be " + Password.MIN_LENGTH + " to " + Password.MAX_LENGTH + " characters";
  }
}
