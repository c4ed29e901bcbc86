package dev.kassa.domain.event;

import dev.kassa.domain.product.Product;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The events of the catalog: products created, updated, archived; stock adjusted or low. */
public final class ProductEvents {

  private ProductEvents() {}

  public static DomainEvent created(Product product, Instant now) {
    return DomainEvent.of(EventType.PRODUCT_CREATED, product.id(), now, data(product));
  }

  public static DomainEvent updated(Product product, Instant now) {
    return DomainEvent.of(EventType.PRODUCT_UPDATED, product.id(), now, data(product));
  }

  public static DomainEvent archived(Product product, Instant now) {
    return DomainEvent.of(EventType.PRODUCT_ARCHIVED, product.id(), now, data(product));
  }

  /** An admin's adjustment; {@code product} is as it is after it. */
  public static DomainEvent stockAdjusted(Product product, int delta, String reason, Instant now) {
    var data = new LinkedHashMap<String, Object>();
    data.put("productId", product.id().toString());
    data.put("sku", product.sku());
    data.put("delta", delta);
    data.put("stock", product.stock());
    data.put("reason", reason);
    return DomainEvent.of(EventType.STOCK_ADJUSTED, product.id(), now, data);
  }

  /**
   * {@code stock.low} when a change of {@code delta} units took the stock of {@code product} to
   * {@code stock} (what the guarded update left), from above {@code threshold} to it or below: once
   * per crossing.
   */
  public static Optional<DomainEvent> stockLow(
      Product product, int stock, int delta, int threshold, Instant now) {
    var before = (long) stock - delta;
    if (before <= threshold || stock > threshold) {
      return Optional.empty();
    }
    var data = new LinkedHashMap<String, Object>();
    data.put("productId", product.id().toString());
    data.put("sku", product.sku());
    data.put("stock", stock);
    data.put("threshold", threshold);
    return Optional.of(DomainEvent.of(EventType.STOCK_LOW, product.id(), now, data));
  }

  private static Map<String, Object> data(Product product) {
    var data = new LinkedHashMap<String, Object>();
    data.put("productId", product.id().toString());
    data.put("sku", product.sku());
    data.put("name", product.name());
    data.put("category", product.details().category());
    data.putAll(EventData.money(product.price(), "price"));
    data.put("stock", product.stock());
    data.put("status", product.status().code());
    return data;
  }
}
