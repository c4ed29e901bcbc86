package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Password;
import dev.kassa.domain.user.PasswordHasher;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.util.Map;

/**
 * Makes sure the configured admin exists, at start-up: creates it when the email is unknown, or
 * promotes the existing user. Never changes an existing user's password. Running it again changes
 * nothing, also when several processes start at once.
 */
public final class EnsureAdmin {

  public record Command(String email, String password) {

    public Command {
      var problems = new ValidationException.Collector();
      var given = email;
      var parsedEmail = problems.attempt(() -> new Email(given));
      problems.attempt(() -> new Password(password));
      problems.throwIfAny();
      email = parsedEmail.value();
    }

    @Override
    public String toString() {
      return "EnsureAdmin.Command[email=" + email + ", password=***]";
    }
  }

  /** What this run did. */
  public enum Change {
    CREATED,
    PROMOTED,
    UNCHANGED
  }

  public record Result(User admin, Change change) {}

  private static final String FIRST_NAME = "Kassa";
  private static final String LAST_NAME = "Admin";

  private final Transactions transactions;
  private final Users users;
  private final PasswordHasher passwordHasher;
  private final AuditLog auditLog;
  private final Clock clock;

  public EnsureAdmin(
      Transactions transactions,
      Users users,
      PasswordHasher passwordHasher,
      AuditLog auditLog,
      Clock clock) {
    this.transactions = transactions;
    this.users = users;
    this.passwordHasher = passwordHasher;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Result execute(Command command) {
    var email = new Email(command.email());
    if (transactions.inTransaction(() -> users.findByEmail(email)).isEmpty()) {
      var hash = passwordHasher.hash(new Password(command.password()));
      try {
        return transactions.inTransaction(() -> create(email, hash));
      } catch (ConflictException e) {
        if (!"email_taken".equals(e.code())) {
          throw e;
        }
      }
    }
    return transactions.inTransaction(() -> promote(email));
  }

  private Result create(Email email, String hash) {
    var now = clock.instant();
    var profile = new Profile(FIRST_NAME, LAST_NAME, null, null, null);
    var admin = User.register(email, hash, Role.ADMIN, profile, now);
    users.add(admin);
    auditLog.record(
        AuditEvent.of(
            AuditTypes.USER_REGISTERED,
            null,
            "user",
            admin.id(),
            Map.of("role", Role.ADMIN.code()),
            now));
    auditLog.record(
        AuditEvent.of(
            AuditTypes.ROLE_CHANGED,
            null,
            "user",
            admin.id(),
            Map.of("to", Role.ADMIN.code()),
            now));
    return new Result(admin, Change.CREATED);
  }

  private Result promote(Email email) {
    var user =
        users
            .findByEmail(email)
            .orElseThrow(() -> new IllegalStateException("The admin user vanished: " + email));
    if (user.role() == Role.ADMIN) {
      return new Result(user, Change.UNCHANGED);
    }
    var admin = user.withRole(Role.ADMIN);
    users.update(admin);
    auditLog.record(
        AuditEvent.of(
            AuditTypes.ROLE_CHANGED,
            null,
            "user",
            admin.id(),
            Map.of("from", user.role().code(), "to", Role.ADMIN.code()),
            clock.instant()));
    return new Result(admin, Change.PROMOTED);
  }
}
