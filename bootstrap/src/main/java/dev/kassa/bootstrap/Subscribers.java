package dev.kassa.bootstrap;

import dev.kassa.application.catalog.ProductCacheEviction;
import dev.kassa.application.events.EventSubscriber;
import dev.kassa.application.webhooks.Webhooks;
import dev.kassa.domain.product.ProductCache;
import java.util.List;

/**
 * Every consumer of the domain events, in one list: what the event delivery hands events to, in the
 * server's workers or, with Kafka, in {@code kassa worker}'s consumer groups.
 */
final class Subscribers {

  private Subscribers() {}

  static List<EventSubscriber> of(ProductCache cache, Webhooks webhooks) {
    return List.of(new ProductCacheEviction(cache), webhooks.subscriber());
  }
}
