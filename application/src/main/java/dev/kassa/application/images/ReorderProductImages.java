package dev.kassa.application.images;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImage;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Puts a product's uploaded images in a new order, for admins. The order must name each of the
 * product's images exactly once, so that none is dropped or repeated by mistake.
 */
public final class ReorderProductImages {

  private final Transactions transactions;
  private final Products products;
  private final ProductImages images;
  private final AuditLog auditLog;
  private final Clock clock;
  private final ImageChanges changes;

  public ReorderProductImages(
      Transactions transactions,
      Products products,
      ProductImages images,
      AuditLog auditLog,
      Clock clock,
      ImageChanges changes) {
    this.transactions = transactions;
    this.products = products;
    this.images = images;
    this.auditLog = auditLog;
    this.clock = clock;
    this.changes = changes;
  }

  /** Returns the product's images in their new order. */
  public List<ProductImage> execute(Actor actor, ProductId productId, List<ImageId> order) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          if (products.find(productId).isEmpty()) {
            throw new NotFoundException("product", productId);
          }
          var current = images.of(productId).stream().map(ProductImage::id).toList();
          var named = new HashSet<>(order);
          if (named.size() != order.size()
              || order.size() != current.size()
              || !named.containsAll(current)) {
            throw ValidationException.of(
                "imageIds", "must list each of the product's " + current.size() + " images once");
          }
          images.reorder(productId, order);
          var now = clock.instant();
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PRODUCT_IMAGES_REORDERED,
                  actor.id(),
                  "product",
                  productId,
                  Map.of(
                      "imageIds", String.join(",", order.stream().map(ImageId::toString).toList())),
                  now));
          changes.announce(productId, now);
          return images.of(productId);
        });
  }
}
