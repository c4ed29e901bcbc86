package dev.kassa.adapters.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.domain.event.StoredEvent;
import java.util.LinkedHashMap;

/** An event as the CloudEvents 1.0 JSON object Kassa sends (API.md, "Events"). */
public final class CloudEventJson {

  /** The {@code source} of every event Kassa declares. */
  public static final String SOURCE = "/kassa";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CloudEventJson() {}

  public static byte[] bytes(StoredEvent stored) {
    var event = stored.event();
    var json = new LinkedHashMap<String, Object>();
    json.put("specversion", "1.0");
    json.put("id", event.id().toString());
    json.put("source", SOURCE);
    json.put("type", event.type().code());
    json.put("subject", event.subject());
    json.put("time", event.time().toString());
    json.put("datacontenttype", "application/json");
    json.put("sequence", stored.sequence());
    json.put("data", event.data());
    try {
      return JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event data is JSON values only", e);
    }
  }
}
