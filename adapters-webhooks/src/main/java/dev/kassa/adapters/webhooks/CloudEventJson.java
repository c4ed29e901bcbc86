package dev.kassa.adapters.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.application.events.CloudEvents;
import dev.kassa.domain.event.StoredEvent;
import java.net.URI;

/** An event as the CloudEvents 1.0 JSON object Kassa sends (API.md, "Events"). */
public final class CloudEventJson {

  /** The {@code source} of every event Kassa declares. */
  public static final String SOURCE = "/kassa";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CloudEvents FORM = new CloudEvents(URI.create(SOURCE));

  private CloudEventJson() {}

  public static byte[] bytes(StoredEvent stored) {
    var json = FORM.render(stored);
    try {
      return JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event data is JSON values only", e);
    }
  }
}
