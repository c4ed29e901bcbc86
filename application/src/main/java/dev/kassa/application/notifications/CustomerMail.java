package dev.kassa.application.notifications;

/**
 * Mails a customer about a {@link Notice}, in plain text and HTML. Called outside any unit of work.
 */
public interface CustomerMail {

  /**
   * Sends the mail of {@code notice} to its recipient.
   *
   * @throws RuntimeException when the mail server did not take it; the delivery is retried
   */
  void send(Notice notice);
}
