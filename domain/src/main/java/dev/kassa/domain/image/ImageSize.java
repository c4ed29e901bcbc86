package dev.kassa.domain.image;

import java.util.Optional;

/** Which rendition of an image to serve: the uploaded one (cleaned) or its thumbnail. */
public enum ImageSize {
  ORIGINAL,
  THUMBNAIL;

  /** The longest side of a thumbnail, in pixels; a smaller image is not enlarged. */
  public static final int THUMBNAIL_SIDE = 256;

  /** The size a {@code ?size=} value names: absent is the original, {@code thumb} the thumbnail. */
  public static Optional<ImageSize> parse(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of(ORIGINAL);
    }
    return "thumb".equals(value) ? Optional.of(THUMBNAIL) : Optional.empty();
  }
}
