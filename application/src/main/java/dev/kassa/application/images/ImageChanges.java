package dev.kassa.application.images;

import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.ProductEvents;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;

/**
 * What every change of a product's images does besides the change itself. A product shows its
 * images ({@code imageUrls}), so the change is an update of the product: a {@code product.updated}
 * event in the same unit of work, which makes the processes sharing the catalog evict it, and an
 * eviction from this process's cache once committed, so that the next read here shows the change.
 */
public final class ImageChanges {

  private final Transactions transactions;
  private final Products products;
  private final Outbox outbox;
  private final ProductCache cache;

  public ImageChanges(
      Transactions transactions, Products products, Outbox outbox, ProductCache cache) {
    this.transactions = transactions;
    this.products = products;
    this.outbox = outbox;
    this.cache = cache;
  }

  /** Inside the unit of work that changed the images of {@code product}. */
  void announce(ProductId product, Instant now) {
    products.find(product).ifPresent(found -> outbox.append(ProductEvents.updated(found, now)));
    transactions.afterCommit(() -> cache.evict(product));
  }
}
