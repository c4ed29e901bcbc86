package dev.kassa.domain.image;

import dev.kassa.domain.product.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The images uploaded to products, with their bytes: a database table, a directory or an object
 * store. Each product's images have an order; a new image goes after the others.
 */
public interface ProductImages {

  /** Keeps {@code image} with its cleaned bytes and its thumbnail, after the product's others. */
  void add(ProductImage image, ImageBlob original, ImageBlob thumbnail);

  /** The product's images, in their order. */
  List<ProductImage> of(ProductId product);

  /** The ids of each product's images, in their order; a product without images is left out. */
  Map<ProductId, List<ImageId>> idsOf(Collection<ProductId> products);

  /** The bytes of an image in {@code size}; empty when there is no such image. */
  Optional<ImageBlob> blob(ImageId id, ImageSize size);

  /**
   * Removes the image if it belongs to {@code product}.
   *
   * @return false, changing nothing, when the product has no such image
   */
  boolean remove(ProductId product, ImageId id);

  /**
   * Puts the product's images in the order of {@code order}, which the caller checked to hold each
   * of them once; an image added meanwhile stays after them.
   */
  void reorder(ProductId product, List<ImageId> order);
}
