package dev.kassa.bootstrap.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How domain events travel on Kafka once {@code KAFKA_BOOTSTRAP_SERVERS} is set (see {@link
 * Integrations}): {@code KAFKA_TOPIC} (default {@code kassa.events}), the deliveries per event and
 * subscriber before the dead letters ({@code EVENT_MAX_ATTEMPTS}, read with the other event
 * settings in {@link Events}), and whether each server runs the relay and the consumer groups too
 * ({@code KAFKA_CONSUMERS_IN_SERVER}, {@code true} or {@code false}, default {@code false}: only
 * {@code kassa worker} does). The topic name leaves room for the retry and dead-letter topics named
 * after it.
 */
public record Kafka(String topic, int maxAttempts, boolean consumersInServer) {

  public static final String DEFAULT_TOPIC = "kassa.events";

  private static final Pattern TOPIC = Pattern.compile("^[A-Za-z0-9._-]{1,180}$");

  static Kafka read(Variables variables, int maxAttempts) {
    var topic = variables.get("KAFKA_TOPIC").orElse(DEFAULT_TOPIC);
    if (!TOPIC.matcher(topic).matches()) {
      variables.problem(
          "KAFKA_TOPIC",
          "must be 1 to 180 letters, digits, '.', '_' or '-', was " + Variables.quote(topic));
    }
    return new Kafka(topic, maxAttempts, consumersInServer(variables));
  }

  private static boolean consumersInServer(Variables variables) {
    var text =
        variables
            .get("KAFKA_CONSUMERS_IN_SERVER")
            .map(v -> v.toLowerCase(Locale.ROOT))
            .orElse("false");
    if (!text.equals("true") && !text.equals("false")) {
      variables.problem(
          "KAFKA_CONSUMERS_IN_SERVER", "must be true or false, was " + Variables.quote(text));
    }
    return text.equals("true");
  }
}
