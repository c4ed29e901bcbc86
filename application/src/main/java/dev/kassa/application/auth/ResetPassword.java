package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Password;
import dev.kassa.domain.user.PasswordHasher;
import dev.kassa.domain.user.PasswordResetTokens;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.util.Map;

/**
 * Completes a password reset: spends the token (once, across all callers), sets the new password
 * and revokes every session of the user. A spent, expired or unknown token is {@code
 * validation_failed} on {@code token}. The new password is hashed before the unit of work starts.
 */
public final class ResetPassword {

  static final String INVALID_TOKEN = "is invalid, expired or already used";

  public record Command(String token, String newPassword) {

    public Command {
      new ValidationException.Collector()
          .check(token != null && !token.isBlank(), "token", "is required")
          .check(newPassword != null, "newPassword", "is required")
          .check(
              newPassword == null || ChangePassword.isValid(newPassword),
              "newPassword",
              ChangePassword.lengthRule())
          .throwIfAny();
      token = token.strip();
    }

    @Override
    public String toString() {
      return "ResetPassword.Command[token=***, newPassword=***]";
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final Sessions sessions;
  private final PasswordResetTokens tokens;
  private final PasswordHasher passwordHasher;
  private final AuditLog auditLog;
  private final Clock clock;

  public ResetPassword(
      Transactions transactions,
      Users users,
      Sessions sessions,
      PasswordResetTokens tokens,
      PasswordHasher passwordHasher,
      AuditLog auditLog,
      Clock clock) {
    this.transactions = transactions;
    this.users = users;
    this.sessions = sessions;
    this.tokens = tokens;
    this.passwordHasher = passwordHasher;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public void execute(Command command) {
    var tokenHash = SessionTokens.hash(command.token());
    var passwordHash = passwordHasher.hash(new Password(command.newPassword()));
    transactions.run(
        () -> {
          var now = clock.instant();
          var stored = tokens.find(tokenHash).filter(token -> token.isUsable(now)).orElse(null);
          if (stored == null || !tokens.spend(tokenHash, now)) {
            throw ValidationException.of("token", INVALID_TOKEN);
          }
          var user =
              users
                  .find(stored.userId())
                  .orElseThrow(() -> ValidationException.of("token", INVALID_TOKEN));
          users.update(user.withPasswordHash(passwordHash));
          sessions.revokeAllOf(user.id(), null, now);
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PASSWORD_RESET_COMPLETED, null, "user", user.id(), Map.of(), now));
        });
  }
}
