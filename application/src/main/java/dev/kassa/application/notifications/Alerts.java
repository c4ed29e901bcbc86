package dev.kassa.application.notifications;

/**
 * The operators' channel (a Slack incoming webhook). {@link OperatorAlerts} decides what is said;
 * an implementation only carries the text. Called outside any unit of work.
 */
public interface Alerts {

  /**
   * Posts {@code text} to the operators.
   *
   * @throws RuntimeException when the channel did not take it; the delivery is retried
   */
  void post(String text);
}
