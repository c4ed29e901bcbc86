package dev.kassa.adapters.web.shop;

import dev.kassa.domain.image.ProductImage;
import java.util.List;

/** A product's uploaded images, in their order. */
public record ImagesResponse(List<ImageResponse> data) {

  public ImagesResponse {
    data = List.copyOf(data);
  }

  public static ImagesResponse from(List<ProductImage> images) {
    return new ImagesResponse(images.stream().map(ImageResponse::from).toList());
  }
}
