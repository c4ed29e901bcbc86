package dev.kassa.application.images;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/** Removes an image from a product, for admins; an image of another product is not found. */
public final class DeleteProductImage {

  private final Transactions transactions;
  private final ProductImages images;
  private final AuditLog auditLog;
  private final Clock clock;
  private final ImageChanges changes;

  public DeleteProductImage(
      Transactions transactions,
      ProductImages images,
      AuditLog auditLog,
      Clock clock,
      ImageChanges changes) {
    this.transactions = transactions;
    this.images = images;
    this.auditLog = auditLog;
    this.clock = clock;
    this.changes = changes;
  }

  public void execute(Actor actor, ProductId productId, ImageId imageId) {
    AccessPolicy.requireAdmin(actor);
    transactions.run(
        () -> {
          if (!images.remove(productId, imageId)) {
            throw new NotFoundException("image", imageId);
          }
          var now = clock.instant();
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PRODUCT_IMAGE_REMOVED,
                  actor.id(),
                  "product",
                  productId,
                  Map.of("imageId", imageId.toString()),
                  now));
          changes.announce(productId, now);
        });
  }
}
