package dev.kassa.adapters.kafka;

import dev.kassa.application.events.EventSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the events topic and each subscriber's retry and dead-letter topics when they are
 * missing, with the broker's default partitions and replication (the partitions of the events topic
 * are how many workers one subscriber can spread over). The relay and the consumers ask for them
 * before each step; while Kafka is down that fails and they try again later, so a worker starts
 * whether or not Kafka answers.
 */
final class KafkaTopics {

  private final KafkaSettings settings;
  private final List<String> names = new ArrayList<>();
  private volatile boolean ready;

  KafkaTopics(KafkaSettings settings, List<EventSubscriber> subscribers) {
    this.settings = settings;
    names.add(settings.topic());
    for (var subscriber : subscribers) {
      names.add(settings.retryTopic(subscriber.name()));
      names.add(settings.deadLetterTopic(subscriber.name()));
    }
  }

  /**
   * Returns once every topic exists.
   *
   * @throws KafkaException when Kafka did not answer in time
   */
  void ensure() {
    if (!ready) {
      create();
    }
  }

  private synchronized void create() {
    if (ready) {
      return;
    }
    var timeout = settings.sendTimeout().toMillis();
    try (var admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) timeout / 2,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout))) {
      var topics =
          names.stream()
              .map(name -> new NewTopic(name, Optional.empty(), Optional.empty()))
              .toList();
      for (var creation : admin.createTopics(topics).values().values()) {
        created(creation, timeout);
      }
    }
    ready = true;
  }

  private static void created(KafkaFuture<Void> creation, long timeout) {
    try {
      creation.get(timeout, TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      if (!(failed.getCause() instanceof TopicExistsException)) {
        throw new KafkaException("could not create the Kafka topics", failed.getCause());
      }
    } catch (TimeoutException late) {
      throw new KafkaException("Kafka did not answer within " + timeout + " ms", late);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while creating the Kafka topics", interrupted);
    }
  }
}
