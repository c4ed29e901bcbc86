package dev.kassa.adapters.web.shop;

import dev.kassa.domain.image.ProductImage;
import java.util.List;

/** A product's uploaded images, in their order (all of them: not a page). */
public record ImagesResponse(List<ImageResponse> images) {

  public ImagesResponse {
    images = List.copyOf(images);
  }

  public static ImagesResponse from(List<ProductImage> images) {
    return new ImagesResponse(images.stream().map(ImageResponse::from).toList());
  }
}
