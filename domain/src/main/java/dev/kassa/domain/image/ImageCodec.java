package dev.kassa.domain.image;

import java.util.Optional;

/**
 * Reads and writes image pixels. Every image Kassa keeps goes through {@link #clean}, so that what
 * it serves carries no metadata (EXIF location, camera, comments) from the upload.
 */
public interface ImageCodec {

  /**
   * The dimensions {@code content} declares, read without decoding its pixels.
   *
   * @return empty when {@code content} is not a readable image in {@code format}
   */
  Optional<Dimensions> dimensions(byte[] content, ImageFormat format);

  /**
   * The pixels of {@code content} turned upright as its EXIF orientation says, encoded anew without
   * any metadata: JPEG and PNG stay in their format; WebP, which the codec cannot write, becomes
   * PNG (lossless).
   *
   * @return empty when {@code content} is not a readable image in {@code format}
   */
  Optional<EncodedImage> clean(byte[] content, ImageFormat format);

  /** {@code image} scaled down, keeping its proportions, to fit in a square of {@code side}. */
  EncodedImage thumbnail(EncodedImage image, int side);
}
