package dev.kassa.application.notifications;

/** Sends short text messages (SMS) to phone numbers. Called outside any unit of work. */
public interface TextMessages {

  /**
   * Sends {@code text} to {@code phone}.
   *
   * @throws RuntimeException when the provider did not accept it; the delivery is retried
   */
  void send(String phone, String text);
}
