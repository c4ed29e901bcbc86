package dev.kassa.application.images;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.image.ImageBlob;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ImageSize;
import dev.kassa.domain.image.ProductImages;

/**
 * The bytes of an uploaded image, for anyone: an image never changes, so a client may keep it as
 * long as it likes.
 */
public final class GetImage {

  private final ProductImages images;

  public GetImage(ProductImages images) {
    this.images = images;
  }

  public ImageBlob execute(ImageId id, ImageSize size) {
    return images.blob(id, size).orElseThrow(() -> new NotFoundException("image", id));
  }
}
