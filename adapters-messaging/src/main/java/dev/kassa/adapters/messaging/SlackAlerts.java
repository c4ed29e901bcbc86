package dev.kassa.adapters.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.application.notifications.Alerts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Objects;

/**
 * Operator alerts through a Slack incoming webhook: {@code POST {"text": ...}} as JSON. The webhook
 * URL is a credential by itself, so it appears in no message.
 */
public final class SlackAlerts implements Alerts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI webhookUrl;

  public SlackAlerts(URI webhookUrl) {
    this.webhookUrl = Objects.requireNonNull(webhookUrl, "webhookUrl");
  }

  @Override
  public void post(String text) {
    String body;
    try {
      body = JSON.writeValueAsString(Map.of("text", text));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
    var request =
        HttpRequest.newBuilder(webhookUrl)
            .timeout(HttpClients.TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpClients.send(request, "the Slack webhook");
  }

  @Override
  public String toString() {
    return "SlackAlerts";
  }
}
