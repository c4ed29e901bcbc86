package dev.kassa.application.catalog;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.ProductEvents;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.HashMap;

/**
 * Replaces a product's details, for admins. The stock is not part of it (stock adjustments are),
 * and the currency cannot change. Orders already placed keep the price they were sold at.
 */
public final class UpdateProduct {

  public record Command(ProductDetails details) {
    public Command {
      new ValidationException.Collector().require(details, "details").throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Products products;
  private final ProductCache cache;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public UpdateProduct(
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

  /** Returns the product as stored after the change. */
  public Product execute(Actor actor, ProductId id, Command command) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var current = ProductLookup.existing(products, id);
          var changed = current.withDetails(command.details(), now);
          if (!products.update(changed)) {
            throw ValidationException.of("sku", "is already used by another product");
          }
          var details = new HashMap<String, String>();
          details.put("sku", changed.sku());
          if (!changed.price().equals(current.price())) {
            details.put("oldPrice", current.price().toString());
            details.put("newPrice", changed.price().toString());
          }
          auditLog.record(
              AuditEvent.of(AuditTypes.PRODUCT_UPDATED, actor.id(), "product", id, details, now));
          transactions.afterCommit(() -> cache.evict(id));
          var stored = ProductLookup.existing(products, id);
          outbox.append(ProductEvents.updated(stored, now));
          return stored;
        });
  }
}
