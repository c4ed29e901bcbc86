package dev.kassa.adapters.web.shop;

import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImage;
import dev.kassa.domain.shared.Uuids;
import java.util.UUID;

/**
 * An uploaded image as the API shows it: {@code url} is where it is served, as a path on this API
 * ({@code /v1/images/{id}}); {@code bytes} the size of what is served there.
 */
public record ImageResponse(
    UUID id, String url, String contentType, int width, int height, long bytes) {

  public static ImageResponse from(ProductImage image) {
    return new ImageResponse(
        image.id().value(),
        url(image.id()),
        image.contentType(),
        image.width(),
        image.height(),
        image.bytes());
  }

  private static final String PATH = "/v1/images/";

  /** Where the image is served. */
  public static String url(ImageId id) {
    return PATH + id;
  }

  /** Whether {@code url} is where an uploaded image is served, as {@link #url} writes it. */
  static boolean isImagePath(String url) {
    return url != null
        && url.startsWith(PATH)
        && Uuids.parseOrNull(url.substring(PATH.length())) != null;
  }
}
