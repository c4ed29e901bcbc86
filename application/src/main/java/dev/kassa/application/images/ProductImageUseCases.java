package dev.kassa.application.images;

import dev.kassa.application.Storage;
import dev.kassa.domain.image.ImageCodec;
import java.time.Clock;

/** The use cases of uploaded product images, wired to one {@link Storage} and one codec. */
public record ProductImageUseCases(
    UploadProductImage upload,
    ReorderProductImages reorder,
    DeleteProductImage delete,
    GetImage get,
    ProductImageIds ids,
    ImageSettings settings) {

  public static ProductImageUseCases assemble(
      Storage s, ImageCodec codec, ImageSettings settings, Clock clock) {
    var tx = s.transactions();
    var images = s.productImages();
    return new ProductImageUseCases(
        new UploadProductImage(tx, s.products(), images, codec, s.auditLog(), settings, clock),
        new ReorderProductImages(tx, s.products(), images, s.auditLog(), clock),
        new DeleteProductImage(tx, images, s.auditLog(), clock),
        new GetImage(images),
        new ProductImageIds(images),
        settings);
  }
}
