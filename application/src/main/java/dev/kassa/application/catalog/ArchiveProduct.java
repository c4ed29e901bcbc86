package dev.kassa.application.catalog;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.ProductEvents;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/**
 * Takes a product off the catalog, for admins: no longer listed or sold, but kept, so that old
 * orders still show it. Archiving an archived product changes nothing.
 */
public final class ArchiveProduct {

  private final Transactions transactions;
  private final Products products;
  private final ProductCache cache;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public ArchiveProduct(
      Transactions transactions,
      Products products,
      ProductCache cache,
      AuditLog auditLog,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.products = products;
    this.cache = cache;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Product execute(Actor actor, ProductId id) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          var current = ProductLookup.existing(products, id);
          if (!current.isActive()) {
            return current;
          }
          var now = clock.instant();
          products.update(current.archive(now));
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PRODUCT_ARCHIVED,
                  actor.id(),
                  "product",
                  id,
                  Map.of("sku", current.sku()),
                  now));
          transactions.afterCommit(() -> cache.evict(id));
          var archived = ProductLookup.existing(products, id);
          outbox.append(ProductEvents.archived(archived, now));
          return archived;
        });
  }
}
