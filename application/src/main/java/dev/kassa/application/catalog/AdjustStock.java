package dev.kassa.application.catalog;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.ProductEvents;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/**
 * Adds stock to a product or removes it, for admins, with the reason on record. A guarded update:
 * stock never goes below zero, whatever sells at the same time ({@code out_of_stock}). Declares
 * {@code stock.adjusted}, and {@code stock.low} when it takes the stock to {@code
 * stockLowThreshold} or below from above it.
 */
public final class AdjustStock {

  public static final int MAX_REASON_LENGTH = 200;

  /** {@code delta} is negative to remove units; {@code reason} says why. */
  public record Command(int delta, String reason) {
    public Command {
      reason = reason == null ? "" : reason.strip();
      new ValidationException.Collector()
          .check(delta != 0, "delta", "must not be zero")
          .check(
              !reason.isEmpty() && reason.length() <= MAX_REASON_LENGTH,
              "reason",
              "must be 1 to " + MAX_REASON_LENGTH + " characters")
          .throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Products products;
  private final ProductCache cache;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final int stockLowThreshold;
  private final Clock clock;

  public AdjustStock(
      Transactions transactions,
      Products products,
      ProductCache cache,
      AuditLog auditLog,
      Outbox outbox,
      int stockLowThreshold,
      Clock clock) {
    this.outbox = outbox;
    this.stockLowThreshold = stockLowThreshold;
    this.transactions = transactions;
    this.products = products;
    this.cache = cache;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** Returns the product after the change. */
  public Product execute(Actor actor, ProductId id, Command command) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var adjusted =
              products
                  .adjustStock(
                      id,
                      command.delta(),
                      StockChange.byUser(StockReason.ADJUSTMENT, actor.id()),
                      now)
                  .orElseThrow(() -> new NotFoundException("product", id));
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PRODUCT_STOCK_ADJUSTED,
                  actor.id(),
                  "product",
                  id,
                  Map.of(
                      "delta", Integer.toString(command.delta()),
                      "reason", command.reason(),
                      "stock", Integer.toString(adjusted.stock())),
                  now));
          outbox.append(
              ProductEvents.stockAdjusted(adjusted, command.delta(), command.reason(), now));
          ProductEvents.stockLow(
                  adjusted, adjusted.stock(), command.delta(), stockLowThreshold, now)
              .ifPresent(outbox::append);
          transactions.afterCommit(() -> cache.evict(id));
          return adjusted;
        });
  }
}
