package dev.kassa.application.images;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.RejectedContentException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.image.EncodedImage;
import dev.kassa.domain.image.ImageCodec;
import dev.kassa.domain.image.ImageFormat;
import dev.kassa.domain.image.ImageSize;
import dev.kassa.domain.image.ProductImage;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/**
 * Adds an image to a product, for admins. The file must be a JPEG, PNG or WebP by its content
 * (whatever its name says) and at most {@link ImageSettings#maxBytes()} long. What Kassa keeps is
 * the pixels encoded anew, so no metadata of the upload (an EXIF location) survives, and a
 * thumbnail. The pixels are processed before the unit of work opens, which holds no lock meanwhile.
 */
public final class UploadProductImage {

  static final String ACCEPTED = "image/jpeg, image/png or image/webp";

  private final Transactions transactions;
  private final Products products;
  private final ProductImages images;
  private final ImageCodec codec;
  private final AuditLog auditLog;
  private final ImageSettings settings;
  private final Clock clock;
  private final ImageChanges changes;

  public UploadProductImage(
      Transactions transactions,
      Products products,
      ProductImages images,
      ImageCodec codec,
      AuditLog auditLog,
      ImageSettings settings,
      Clock clock,
      ImageChanges changes) {
    this.transactions = transactions;
    this.products = products;
    this.images = images;
    this.codec = codec;
    this.auditLog = auditLog;
    this.settings = settings;
    this.clock = clock;
    this.changes = changes;
  }

  public ProductImage execute(Actor actor, ProductId productId, byte[] content) {
    AccessPolicy.requireAdmin(actor);
    requireProduct(productId);
    requireRoom(productId);
    var cleaned = clean(content);
    var thumbnail = codec.thumbnail(cleaned, ImageSize.THUMBNAIL_SIDE);
    var image = ProductImage.of(productId, cleaned, clock.instant());
    return transactions.inTransaction(
        () -> {
          requireProduct(productId);
          requireRoom(productId);
          images.add(image, cleaned.blob(), thumbnail.blob());
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.PRODUCT_IMAGE_ADDED,
                  actor.id(),
                  "product",
                  productId,
                  Map.of(
                      "imageId", image.id().toString(),
                      "contentType", image.contentType(),
                      "bytes", Long.toString(image.bytes())),
                  image.createdAt()));
          changes.announce(productId, image.createdAt());
          return image;
        });
  }

  private EncodedImage clean(byte[] content) {
    if (content.length > settings.maxBytes()) {
      throw RejectedContentException.tooLarge(settings.maxBytes());
    }
    var format =
        ImageFormat.sniff(content)
            .orElseThrow(() -> RejectedContentException.unsupportedType(ACCEPTED));
    var dimensions =
        codec
            .dimensions(content, format)
            .orElseThrow(() -> RejectedContentException.unsupportedType(ACCEPTED));
    if (dimensions.pixels() > settings.maxPixels()) {
      throw ValidationException.of("file", "must have at most " + settings.maxPixels() + " pixels");
    }
    return codec
        .clean(content, format)
        .orElseThrow(() -> RejectedContentException.unsupportedType(ACCEPTED));
  }

  private void requireProduct(ProductId productId) {
    if (products.find(productId).isEmpty()) {
      throw new NotFoundException("product", productId);
    }
  }

  private void requireRoom(ProductId productId) {
    if (images.of(productId).size() >= ProductImage.MAX_PER_PRODUCT) {
      throw ValidationException.of(
          "file", "a product has at most " + ProductImage.MAX_PER_PRODUCT + " uploaded images");
    }
  }
}
