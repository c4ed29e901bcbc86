package dev.kassa.adapters.mail;

import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.PasswordResetMailer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password-reset mail over SMTP. A failure is logged (without the link, which holds the token)
 * and not thrown: the caller runs it on a thread of its own and the user may simply ask again.
 */
public final class SmtpPasswordResetMailer implements PasswordResetMailer {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpPasswordResetMailer.class);

  private final SmtpMailer mailer;
  private final MailTemplates templates = new MailTemplates();

  public SmtpPasswordResetMailer(SmtpSettings settings) {
    this.mailer = new SmtpMailer(settings);
  }

  @Override
  public void sendPasswordReset(Email to, String link) {
    try {
      mailer.send(
          to.value(),
          "Reset your Kassa password",
          templates.render("password.reset", Map.of("link", link)));
    } catch (MailNotSentException failed) {
      LOG.warn("the password-reset mail was not sent: {}", failed.getMessage());
    }
  }
}
