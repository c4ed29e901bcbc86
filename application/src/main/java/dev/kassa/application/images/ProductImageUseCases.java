package dev.kassa.application.images;

import dev.kassa.application.Storage;
import dev.kassa.domain.image.ImageCodec;
import dev.kassa.domain.image.ProductImageIdsCache;
import java.time.Clock;

/**
 * The use cases of uploaded product images, wired to one {@link Storage}, the product cache of the
 * process and one codec.
 */
public record ProductImageUseCases(
    UploadProductImage upload,
    ReorderProductImages reorder,
    DeleteProductImage delete,
    GetImage get,
    ProductImageIds ids,
    ImageSettings settings) {

  public static ProductImageUseCases assemble(
      Storage s,
      ProductImageIdsCache cache,
      ImageCodec codec,
      ImageSettings settings,
      Clock clock) {
    var tx = s.transactions();
    var images = s.productImages();
    var changes = new ImageChanges(tx, s.products(), s.outbox(), cache);
    return new ProductImageUseCases(
        new UploadProductImage(
            tx, s.products(), images, codec, s.auditLog(), settings, clock, changes),
        new ReorderProductImages(tx, s.products(), images, s.auditLog(), clock, changes),
        new DeleteProductImage(tx, images, s.auditLog(), clock, changes),
        new GetImage(images),
        new ProductImageIds(images, cache),
        settings);
  }
}
