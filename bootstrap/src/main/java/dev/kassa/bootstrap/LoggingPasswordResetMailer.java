package dev.kassa.bootstrap;

import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.PasswordResetMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password-reset mailer while no mail server is wired: it sends nothing and logs that a link
 * was not mailed, with the recipient's domain only. Never the link, which carries the token.
 */
final class LoggingPasswordResetMailer implements PasswordResetMailer {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingPasswordResetMailer.class);

  @Override
  public void sendPasswordReset(Email to, String link) {
    var address = to.value();
    LOG.info(
        "password-reset link not mailed (mail is off) for a user at {}",
        address.substring(address.indexOf('@') + 1));
  }
}
