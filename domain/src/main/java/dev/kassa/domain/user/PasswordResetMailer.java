package dev.kassa.domain.user;

/**
 * Sends the password-reset mail. Always sent, whatever the user's notification settings: it is
 * account-security mail. Called after the reset request has committed, outside any unit of work, on
 * a thread of its own, so it may wait on the network; it reports its own failures.
 */
public interface PasswordResetMailer {

  /**
   * Mails {@code link} to {@code to}. The link carries the only copy of the token in clear: an
   * implementation must not log it.
   */
  void sendPasswordReset(Email to, String link);
}
