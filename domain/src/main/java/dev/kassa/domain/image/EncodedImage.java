package dev.kassa.domain.image;

import java.util.Objects;

/** Pixels encoded in a format, with their dimensions, and nothing else (no metadata). */
public record EncodedImage(ImageFormat format, int width, int height, ImageBlob blob) {

  public EncodedImage {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(blob, "blob");
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("an image has at least one pixel each way");
    }
  }
}
