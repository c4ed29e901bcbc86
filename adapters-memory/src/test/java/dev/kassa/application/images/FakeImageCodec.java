package dev.kassa.application.images;

import dev.kassa.domain.image.Dimensions;
import dev.kassa.domain.image.EncodedImage;
import dev.kassa.domain.image.ImageBlob;
import dev.kassa.domain.image.ImageCodec;
import dev.kassa.domain.image.ImageFormat;
import java.util.Arrays;
import java.util.Optional;

/**
 * A codec for use-case tests: every image it is given has the dimensions it was told, unless its
 * content ends with {@link #UNREADABLE}; cleaning keeps the first 16 bytes, the thumbnail the first
 * 8, so that tests can tell the renditions apart.
 */
final class FakeImageCodec implements ImageCodec {

  static final byte UNREADABLE = 0x7F;

  private final Dimensions dimensions;

  FakeImageCodec(Dimensions dimensions) {
    this.dimensions = dimensions;
  }

  @Override
  public Optional<Dimensions> dimensions(byte[] content, ImageFormat format) {
    return readable(content) ? Optional.of(dimensions) : Optional.empty();
  }

  @Override
  public Optional<EncodedImage> clean(byte[] content, ImageFormat format) {
    if (!readable(content)) {
      return Optional.empty();
    }
    var kept = Arrays.copyOf(content, Math.min(content.length, 16));
    return Optional.of(
        new EncodedImage(
            format, dimensions.width(), dimensions.height(), ImageBlob.of(format, kept)));
  }

  @Override
  public EncodedImage thumbnail(EncodedImage image, int side) {
    var kept = Arrays.copyOf(image.blob().content(), 8);
    return new EncodedImage(
        image.format(),
        Math.min(side, image.width()),
        Math.min(side, image.height()),
        ImageBlob.of(image.format(), kept));
  }

  private static boolean readable(byte[] content) {
    return content[content.length - 1] != UNREADABLE;
  }
}
