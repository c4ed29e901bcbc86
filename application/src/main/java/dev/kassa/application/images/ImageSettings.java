package dev.kassa.application.images;

/**
 * How large an uploaded image may be.
 *
 * @param maxBytes the most bytes an uploaded file may have; a larger one is {@code 413}
 * @param maxPixels the most pixels it may declare, so that decoding it cannot exhaust memory
 */
public record ImageSettings(long maxBytes, long maxPixels) {

  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  public ImageSettings {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be positive");
    }
  }

  public static ImageSettings defaults() {
    return new ImageSettings(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS);
  }
}
