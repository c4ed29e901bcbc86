package dev.kassa.bootstrap.config;

import java.util.regex.Pattern;

/**
 * How domain events travel on Kafka once {@code KAFKA_BOOTSTRAP_SERVERS} is set (see {@link
 * Integrations}): {@code KAFKA_TOPIC} (default {@code kassa.events}), and the deliveries per event
 * and subscriber before the dead letters ({@code EVENT_MAX_ATTEMPTS}, read with the other event
 * settings in {@link Events}). The topic name leaves room for the retry and dead-letter topics
 * named after it.
 */
public record Kafka(String topic, int maxAttempts) {

  public static final String DEFAULT_TOPIC = "kassa.events";

  private static final Pattern TOPIC = Pattern.compile("^[A-Za-z0-9._-]{1,180}$");

  static Kafka read(Variables variables, int maxAttempts) {
    var topic = variables.get("KAFKA_TOPIC").orElse(DEFAULT_TOPIC);
    if (!TOPIC.matcher(topic).matches()) {
      variables.problem(
          "KAFKA_TOPIC",
          "must be 1 to 180 letters, digits, '.', '_' or '-', was " + Variables.quote(topic));
    }
    return new Kafka(topic, maxAttempts);
  }
}
