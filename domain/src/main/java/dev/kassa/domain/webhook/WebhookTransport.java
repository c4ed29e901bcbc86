package dev.kassa.domain.webhook;

import dev.kassa.domain.event.StoredEvent;
import java.net.URI;
import java.util.List;

/**
 * Sends one event to one endpoint: its CloudEvents JSON, signed with each of {@code secrets} (plain
 * text, the current first), to an address that passed the network guard at the moment of sending.
 * Redirects are not followed.
 */
public interface WebhookTransport {

  /** What happened; never throws for a refused, unreachable or slow receiver. */
  SendResult send(URI url, StoredEvent event, List<String> secrets);

  /**
   * The answer: {@code status} is null when no answer came (then {@code error} says why), {@code
   * body} the start of the answer.
   */
  record SendResult(Integer status, long durationMs, String body, String error) {

    public boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }
  }
}
