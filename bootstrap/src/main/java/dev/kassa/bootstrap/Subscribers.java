package dev.kassa.bootstrap;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.application.webhooks.Webhooks;
import java.util.List;

/** Every consumer of the domain events, in one list: what the event delivery hands events to. */
final class Subscribers {

  private Subscribers() {}

  static List<EventSubscriber> of(Webhooks webhooks) {
    return List.of(webhooks.subscriber());
  }
}
