package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.UserEvents;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Password;
import dev.kassa.domain.user.PasswordHasher;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Signs up a new customer and logs them in, in one unit of work. The password is hashed before that
 * unit starts, so no database transaction waits on the slow hash.
 */
public final class RegisterUser {

  /** The sign-up form; every invalid field is reported in one {@link ValidationException}. */
  public record Command(
      String email,
      String password,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String phone,
      String address) {

    public Command {
      var problems = new ValidationException.Collector();
      var given = email;
      var parsedEmail = problems.attempt(() -> new Email(given));
      problems.attempt(() -> new Password(password));
      problems.attempt(() -> new Profile(firstName, lastName, dateOfBirth, phone, address));
      problems.throwIfAny();
      email = parsedEmail.value();
    }

    Profile profile() {
      return new Profile(firstName, lastName, dateOfBirth, phone, address);
    }

    @Override
    public String toString() {
      return "RegisterUser.Command[email=" + email + ", password=***]";
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final PasswordHasher passwordHasher;
  private final AuditLog auditLog;
  private final SessionTokens tokens;
  private final Outbox outbox;
  private final Clock clock;

  public RegisterUser(
      Transactions transactions,
      Users users,
      Sessions sessions,
      AccessTokens accessTokens,
      PasswordHasher passwordHasher,
      AuditLog auditLog,
      Outbox outbox,
      Clock clock,
      AuthSettings settings) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.users = users;
    this.passwordHasher = passwordHasher;
    this.auditLog = auditLog;
    this.tokens = new SessionTokens(sessions, accessTokens, settings);
    this.clock = clock;
  }

  /**
   * Registers a user and opens their first session.
   *
   * @throws dev.kassa.domain.error.ConflictException {@code email_taken}
   */
  public AuthResult execute(Command command) {
    var hash = passwordHasher.hash(new Password(command.password()));
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var user =
              User.register(
                  new Email(command.email()), hash, Role.CUSTOMER, command.profile(), now);
          users.add(user);
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.USER_REGISTERED,
                  user.id(),
                  "user",
                  user.id(),
                  Map.of("role", user.role().code()),
                  now));
          outbox.append(UserEvents.registered(user, now));
          return tokens.start(user, now);
        });
  }
}
