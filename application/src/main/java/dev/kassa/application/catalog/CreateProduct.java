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
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/** Adds an active product to the catalog, for admins. SKUs are unique, whatever their case. */
public final class CreateProduct {

  public record Command(ProductDetails details, int stock) {
    public Command {
      new ValidationException.Collector()
          .require(details, "details")
          .check(
              stock >= 0 && stock <= Product.MAX_STOCK,
              "stock",
              "must be between 0 and " + Product.MAX_STOCK)
          .throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Products products;
  private final ProductCache cache;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public CreateProduct(
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

  public Product execute(Actor actor, Command command) {
    AccessPolicy.requireAdmin(actor);
    var now = clock.instant();
    var product = Product.create(command.details(), command.stock(), now);
    return transactions.inTransaction(
        () -> {
          if (!products.add(product)) {
            throw ValidationException.of("sku", "is already used by another product");
          }
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PRODUCT_CREATED,
                  actor.id(),
                  "product",
                  product.id(),
                  Map.of(
                      "sku", product.sku(),
                      "price", product.price().toString(),
                      "stock", Integer.toString(product.stock())),
                  now));
          outbox.append(ProductEvents.created(product, now));
          transactions.afterCommit(() -> cache.evict(product.id()));
          return product;
        });
  }
}
