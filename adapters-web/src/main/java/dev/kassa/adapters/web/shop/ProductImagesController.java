package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.images.ProductImageUseCases;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.image.ImageBlob;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ImageSize;
import dev.kassa.domain.product.ProductId;
import java.util.Arrays;

/**
 * Uploaded product images: admins upload ({@code multipart/form-data}, a {@code file} part),
 * reorder and delete them; anyone reads them at {@code /v1/images/{id}}. An image never changes, so
 * it is served with an ETag of its content and may be cached for a year.
 */
public final class ProductImagesController implements Controller {

  /** Room for the multipart boundaries and part headers around the file itself. */
  static final long MULTIPART_OVERHEAD_BYTES = 16 * 1024;

  static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

  private static final String IMAGES = "/v1/products/{id}/images";

  private final ProductImageUseCases images;
  private final long maxFileBytes;

  public ProductImagesController(ProductImageUseCases images) {
    this.images = images;
    this.maxFileBytes = images.settings().maxBytes();
  }

  @Override
  public void routes(Routes routes) {
    routes
        .upload(IMAGES, RouteAccess.ADMIN, maxFileBytes + MULTIPART_OVERHEAD_BYTES, this::upload)
        .put(IMAGES + "/order", RouteAccess.ADMIN, this::reorder)
        .delete(IMAGES + "/{imageId}", RouteAccess.ADMIN, this::delete)
        .get("/v1/images/{id}", RouteAccess.PUBLIC, this::serve);
  }

  private void upload(Call call) {
    var product = productId(call);
    var content = call.file("file", maxFileBytes);
    call.created(ImageResponse.from(images.upload().execute(call.actor(), product, content)));
  }

  private void reorder(Call call) {
    var product = productId(call);
    var order = call.command(ReorderImagesRequest.class, ReorderImagesRequest::toCommand);
    call.ok(ImagesResponse.from(images.reorder().execute(call.actor(), product, order)));
  }

  private void delete(Call call) {
    var product = productId(call);
    var image = call.pathId("imageId", "image", ImageId::of);
    images.delete().execute(call.actor(), product, image);
    call.noContent();
  }

  private void serve(Call call) {
    var id = call.pathId("id", "image", ImageId::of);
    var size =
        ImageSize.parse(call.query("size").orElse(null))
            .orElseThrow(() -> ValidationException.of("size", "must be thumb or absent"));
    var blob = images.get().execute(id, size);
    var etag = "\"" + blob.digest() + "\"";
    var ctx = call.ctx();
    ctx.header("ETag", etag).header("Cache-Control", CACHE_FOREVER);
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    send(call, blob);
  }

  private static void send(Call call, ImageBlob blob) {
    call.ctx().status(200).contentType(blob.contentType()).result(blob.content());
  }

  /** Whether an {@code If-None-Match} header names {@code etag} (weakly) or is {@code *}. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
  }

  private static ProductId productId(Call call) {
    return call.pathId("id", "product", ProductId::of);
  }
}
