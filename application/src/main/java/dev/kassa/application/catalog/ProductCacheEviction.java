package dev.kassa.application.catalog;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code product-cache} subscriber: evicts the products an event is about from the cache, on
 * product and stock events and on the order events that take or give back stock. The use cases also
 * evict after their own commit (the process that made a change reads it at once); this subscriber
 * is what reaches the other processes sharing a cache. Evicting is idempotent.
 */
public final class ProductCacheEviction implements EventSubscriber {

  public static final String NAME = "product-cache";

  private static final Set<EventType> TYPES =
      EnumSet.of(
          EventType.PRODUCT_CREATED,
          EventType.PRODUCT_UPDATED,
          EventType.PRODUCT_ARCHIVED,
          EventType.STOCK_ADJUSTED,
          EventType.STOCK_LOW,
          EventType.ORDER_PLACED,
          EventType.ORDER_PAYMENT_FAILED,
          EventType.ORDER_CANCELLED);

  private final ProductCache cache;

  public ProductCacheEviction(ProductCache cache) {
    this.cache = cache;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(EventType type) {
    return TYPES.contains(type);
  }

  @Override
  public void deliver(StoredEvent event) {
    var data = event.event().data();
    if (data.get("productId") instanceof String product) {
      cache.evict(ProductId.of(product));
    }
    if (data.get("lines") instanceof List<?> lines) {
      for (var line : lines) {
        if (line instanceof Map<?, ?> fields && fields.get("productId") instanceof String product) {
          cache.evict(ProductId.of(product));
        }
      }
    }
  }
}
