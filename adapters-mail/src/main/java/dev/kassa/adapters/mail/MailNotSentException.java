package dev.kassa.adapters.mail;

/** The SMTP server did not take a mail; the message says why, never what the mail held. */
public final class MailNotSentException extends RuntimeException {

  MailNotSentException(Exception cause) {
    super("the mail server did not take the mail: " + cause.getMessage(), cause);
  }
}
