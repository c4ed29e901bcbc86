package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.PasswordResetMailer;
import dev.kassa.domain.user.PasswordResetToken;
import dev.kassa.domain.user.PasswordResetTokens;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.Users;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.concurrent.Executor;

/**
 * Starts a password reset. The caller learns nothing about whether the email is registered: the
 * answer is the same, and so is the work (a token is made and hashed, one unit of work reads the
 * user and writes the audit trail). For an active user only, the token's hash is stored and, once
 * that has committed, the link is handed to {@code mailSender}, so no network call runs in a unit
 * of work and the caller never waits on the mail server.
 */
public final class RequestPasswordReset {

  /** {@code clientIp} is optional and only recorded in the audit trail. */
  public record Command(String email, String clientIp) {

    public Command {
      email = new Email(email).value();
      clientIp = clientIp == null || clientIp.isBlank() ? null : clientIp.strip();
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final PasswordResetTokens tokens;
  private final PasswordResetMailer mailer;
  private final Executor mailSender;
  private final AuditLog auditLog;
  private final PasswordResetSettings settings;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public RequestPasswordReset(
      Transactions transactions,
      Users users,
      PasswordResetTokens tokens,
      PasswordResetMailer mailer,
      Executor mailSender,
      AuditLog auditLog,
      PasswordResetSettings settings,
      Clock clock) {
    this.transactions = transactions;
    this.users = users;
    this.tokens = tokens;
    this.mailer = mailer;
    this.mailSender = mailSender;
    this.auditLog = auditLog;
    this.settings = settings;
    this.clock = clock;
  }

  public void execute(Command command) {
    var email = new Email(command.email());
    var token = SessionTokens.randomToken(random);
    var hash = SessionTokens.hash(token);
    transactions.run(
        () -> {
          var now = clock.instant();
          var user = users.findByEmail(email).filter(User::isActive).orElse(null);
          var details = new HashMap<String, String>();
          if (command.clientIp() != null) {
            details.put("ip", command.clientIp());
          }
          if (user == null) {
            auditLog.record(
                AuditEvent.of(
                    AuditTypes.PASSWORD_RESET_REQUESTED, null, "email", email, details, now));
            return;
          }
          tokens.add(
              new PasswordResetToken(hash, user.id(), now, now.plus(settings.tokenTtl()), null));
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PASSWORD_RESET_REQUESTED, user.id(), "user", user.id(), details, now));
          var link = settings.link(token);
          transactions.afterCommit(
              () -> mailSender.execute(() -> mailer.sendPasswordReset(user.email(), link)));
        });
  }
}
