package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Password;
import dev.kassa.domain.user.PasswordHasher;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Exchanges an email and password for a new session. Wrong password and unknown email fail alike,
 * in message and in time: an unknown email is still checked against a dummy hash. A disabled user
 * is refused alike, after the hash comparison, and recorded as a failed login. The slow hash
 * comparison runs outside any unit of work, so no database transaction waits on it.
 */
public final class LogIn {

  static final String INVALID_CREDENTIALS = "Invalid email or password.";

  /** {@code clientIp} is optional and only recorded in the audit trail. */
  public record Command(String email, String password, String clientIp) {

    public Command {
      var problems = new ValidationException.Collector();
      var given = email;
      var parsedEmail = problems.attempt(() -> new Email(given));
      problems
          .check(password != null && !password.isEmpty(), "password", "is required")
          .throwIfAny();
      email = parsedEmail.value();
      clientIp = clientIp == null || clientIp.isBlank() ? null : clientIp.strip();
    }

    @Override
    public String toString() {
      return "LogIn.Command[email=" + email + ", password=***, clientIp=" + clientIp + "]";
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final PasswordHasher passwordHasher;
  private final AuditLog auditLog;
  private final SessionTokens tokens;
  private final Clock clock;
  private final Object dummyHashLock = new Object();
  private volatile String dummyHash;

  public LogIn(
      Transactions transactions,
      Users users,
      Sessions sessions,
      AccessTokens accessTokens,
      PasswordHasher passwordHasher,
      AuditLog auditLog,
      Clock clock,
      AuthSettings settings) {
    this.transactions = transactions;
    this.users = users;
    this.passwordHasher = passwordHasher;
    this.auditLog = auditLog;
    this.tokens = new SessionTokens(sessions, accessTokens, settings);
    this.clock = clock;
  }

  /**
   * Logs a user in, opening a session.
   *
   * @throws UnauthenticatedException when the email is unknown or the password wrong; the failure
   *     is recorded in the audit trail all the same
   */
  public AuthResult execute(Command command) {
    var email = new Email(command.email());
    var user = transactions.inTransaction(() -> users.findByEmail(email)).orElse(null);
    if (!passwordMatches(command.password(), user) || !user.isActive()) {
      transactions.run(() -> auditLog.record(failure(command, clock.instant())));
      throw new UnauthenticatedException(INVALID_CREDENTIALS);
    }
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var current =
              users
                  .find(user.id())
                  .filter(User::isActive)
                  .orElseThrow(() -> new UnauthenticatedException(INVALID_CREDENTIALS));
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.LOGIN_SUCCEEDED,
                  current.id(),
                  "user",
                  current.id(),
                  ipDetails(command),
                  now));
          return tokens.start(current, now);
        });
  }

  /**
   * Runs one hash comparison for any password that could be right: against a dummy hash when {@code
   * user} is null, so that an unknown email takes as long as a known one.
   */
  private boolean passwordMatches(String typed, User user) {
    Password password;
    try {
      password = new Password(typed);
    } catch (ValidationException e) {
      return false;
    }
    if (user == null) {
      passwordHasher.matches(password, dummyHash());
      return false;
    }
    return passwordHasher.matches(password, user.passwordHash());
  }

  private String dummyHash() {
    var hash = dummyHash;
    if (hash == null) {
      synchronized (dummyHashLock) {
        hash = dummyHash;
        if (hash == null) {
          hash = passwordHasher.hash(new Password("not the password of anyone"));
          dummyHash = hash;
        }
      }
    }
    return hash;
  }

  private static AuditEvent failure(Command command, Instant now) {
    return AuditEvent.of(
        AuditTypes.LOGIN_FAILED, null, "email", command.email(), ipDetails(command), now);
  }

  private static Map<String, String> ipDetails(Command command) {
    return command.clientIp() == null ? Map.of() : Map.of("ip", command.clientIp());
  }
}
