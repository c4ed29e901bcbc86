package dev.kassa.bootstrap.config;

import dev.kassa.application.images.ImageSettings;

/**
 * Uploaded product images: the largest file an admin may upload ({@code IMAGE_MAX_BYTES}, 5 MiB by
 * default, 1 KiB to 64 MiB).
 */
public record Images(ImageSettings settings) {

  static final int MIN_MAX_BYTES = 1024;
  static final int MAX_MAX_BYTES = 64 * 1024 * 1024;

  static Images read(Variables variables) {
    var maxBytes =
        variables.integer(
            "IMAGE_MAX_BYTES", (int) ImageSettings.DEFAULT_MAX_BYTES, MIN_MAX_BYTES, MAX_MAX_BYTES);
    return new Images(new ImageSettings(maxBytes, ImageSettings.DEFAULT_MAX_PIXELS));
  }
}
