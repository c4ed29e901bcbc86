package dev.kassa.application.contract;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.image.EncodedImage;
import dev.kassa.domain.image.ImageBlob;
import dev.kassa.domain.image.ImageFormat;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ImageSize;
import dev.kassa.domain.image.ProductImage;
import dev.kassa.domain.product.ProductId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.image.ProductImages} adapter must do: keep the bytes as given,
 * keep each product's images in order (new ones last, reorders as told) and remove only a product's
 * own image.
 */
public abstract class ProductImagesContract extends PortContract {

  @Test
  void addedImageKeepsItsMetadataAndBothRenditionsByteForByte() {
    var product = newProduct();
    var original = ImageBlob.of(ImageFormat.PNG, bytes("original pixels"));
    var thumbnail = ImageBlob.of(ImageFormat.JPEG, bytes("thumbnail pixels"));
    var image =
        ProductImage.of(
            product, new EncodedImage(ImageFormat.PNG, 40, 30, original), TestTime.now());

    inTx(() -> world.productImages().add(image, original, thumbnail));

    assertThat(world.productImages().of(product)).containsExactly(image);
    var stored = world.productImages().blob(image.id(), ImageSize.ORIGINAL).orElseThrow();
    assertThat(stored.content()).isEqualTo(original.content());
    assertThat(stored.contentType()).isEqualTo("image/png");
    assertThat(stored.digest()).isEqualTo(original.digest());
    var small = world.productImages().blob(image.id(), ImageSize.THUMBNAIL).orElseThrow();
    assertThat(small.content()).isEqualTo(thumbnail.content());
    assertThat(small.contentType()).isEqualTo("image/jpeg");
    assertThat(small.digest()).isEqualTo(thumbnail.digest());
  }

  @Test
  void unknownImageHasNoBytes() {
    assertThat(world.productImages().blob(ImageId.newId(), ImageSize.ORIGINAL)).isEmpty();
  }

  @Test
  void imagesComeInTheOrderAddedAndAReorderPutsThemAsTold() {
    var product = newProduct();
    var first = add(product);
    var second = add(product);
    var third = add(product);
    assertThat(ids(product)).containsExactly(first, second, third);

    inTx(() -> world.productImages().reorder(product, List.of(third, first, second)));
    var fourth = add(product);

    assertThat(ids(product)).containsExactly(third, first, second, fourth);
  }

  @Test
  void idsOfSeveralProductsAreGroupedInOrderAndLeaveOutProductsWithoutImages() {
    var one = newProduct();
    var other = newProduct();
    var bare = newProduct();
    var a = add(one);
    var b = add(other);
    var c = add(one);

    var ids = world.productImages().idsOf(List.of(one, other, bare));

    assertThat(ids).isEqualTo(Map.of(one, List.of(a, c), other, List.of(b)));
  }

  @Test
  void removingTakesOnlyTheProductsOwnImage() {
    var product = newProduct();
    var other = newProduct();
    var kept = add(product);
    var removed = add(product);

    var byOther = inTx(() -> world.productImages().remove(other, kept));
    var byOwner = inTx(() -> world.productImages().remove(product, removed));
    var again = inTx(() -> world.productImages().remove(product, removed));

    assertThat(byOther).isFalse();
    assertThat(byOwner).isTrue();
    assertThat(again).isFalse();
    assertThat(ids(product)).containsExactly(kept);
    assertThat(world.productImages().blob(removed, ImageSize.ORIGINAL)).isEmpty();
  }

  @Test
  void anImageAddedInAUnitOfWorkThatFailsIsNotKept() {
    var product = newProduct();
    var blob = ImageBlob.of(ImageFormat.PNG, bytes("pixels"));
    var image =
        ProductImage.of(product, new EncodedImage(ImageFormat.PNG, 1, 1, blob), TestTime.now());

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.productImages().add(image, blob, blob);
                      throw new IllegalStateException("the unit of work fails");
                    }))
        .hasMessage("the unit of work fails");

    assertThat(world.productImages().of(product)).isEmpty();
  }

  private ProductId newProduct() {
    var product = aProduct().build();
    inTx(() -> world.products().add(product));
    return product.id();
  }

  private ImageId add(ProductId product) {
    var blob = ImageBlob.of(ImageFormat.JPEG, bytes(product + " " + ImageId.newId()));
    var image =
        ProductImage.of(product, new EncodedImage(ImageFormat.JPEG, 2, 3, blob), TestTime.now());
    inTx(() -> world.productImages().add(image, blob, blob));
    return image.id();
  }

  private List<ImageId> ids(ProductId product) {
    return world.productImages().of(product).stream().map(ProductImage::id).toList();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
