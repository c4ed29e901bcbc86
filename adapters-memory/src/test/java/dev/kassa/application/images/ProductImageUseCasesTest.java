package dev.kassa.application.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.orders.RecordingProductCache.Eviction;
import dev.kassa.application.orders.ShopWorld;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.RejectedContentException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.image.Dimensions;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ImageSize;
import dev.kassa.domain.image.ProductImage;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.PageRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductImageUseCasesTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

  private final ShopWorld world = new ShopWorld();
  private final ProductImageUseCases images =
      images(new ImageSettings(1024, 1_000_000), new Dimensions(800, 600));
  private final ProductId product = world.product("LAMP-1", 4_500, 3).id();

  @Test
  void uploadKeepsTheCleanedImageAndItsThumbnailAfterTheOthers() {
    var first = upload(PNG);
    var second = upload(PNG);

    assertThat(first.contentType()).isEqualTo("image/png");
    assertThat(first.width()).isEqualTo(800);
    assertThat(first.height()).isEqualTo(600);
    assertThat(images.ids().of(List.of(product))).containsEntry(product, ids(first, second));
    assertThat(images.get().execute(first.id(), ImageSize.ORIGINAL).content()).isEqualTo(PNG);
    assertThat(images.get().execute(first.id(), ImageSize.THUMBNAIL).content())
        .isEqualTo(Arrays.copyOf(PNG, 8));
    assertThat(world.bank().auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.PRODUCT_IMAGE_ADDED))
        .hasSize(2);
  }

  @Test
  void everyChangeOfTheImagesUpdatesTheProductAndEvictsItOnceCommitted() {
    assertThat(images.ids().of(List.of(product))).isEmpty();
    var before = events();
    var evicted = world.cache().evictions().size();

    var a = upload(PNG);
    assertThat(images.ids().of(List.of(product))).containsEntry(product, ids(a));
    var b = upload(PNG);
    images.reorder().execute(world.admin(), product, List.of(b.id(), a.id()));
    assertThat(images.ids().of(List.of(product))).containsEntry(product, ids(b, a));
    images.delete().execute(world.admin(), product, b.id());

    assertThat(images.ids().of(List.of(product))).containsEntry(product, ids(a));
    assertThat(before).isEmpty();
    assertThat(events()).hasSize(4);
    var evictions = world.cache().evictions();
    assertThat(evictions.subList(evicted, evictions.size()))
        .containsExactly(
            new Eviction(product, true),
            new Eviction(product, true),
            new Eviction(product, true),
            new Eviction(product, true));
  }

  @Test
  void aRefusedChangeOfTheImagesAnnouncesNothing() {
    var image = upload(PNG);
    var before = events();
    var evictions = world.cache().evictions();

    assertThatThrownBy(() -> images.reorder().execute(world.admin(), product, List.of()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> images.delete().execute(world.admin(), product, ImageId.newId()))
        .isInstanceOf(NotFoundException.class);

    assertThat(events()).isEqualTo(before);
    assertThat(world.cache().evictions()).isEqualTo(evictions);
    assertThat(images.ids().of(List.of(product))).containsEntry(product, ids(image));
  }

  @Test
  void onlyAdminsUpload() {
    assertThatThrownBy(() -> images.upload().execute(world.customer(), product, PNG))
        .isInstanceOf(ForbiddenException.class);
    assertThat(images.ids().of(List.of(product))).isEmpty();
  }

  @Test
  void contentOverTheLimitIsTooLargeAndContentOfNoAcceptedTypeIsUnsupported() {
    var large = Arrays.copyOf(PNG, 1025);
    var text = "GIF89a, not accepted".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    var unreadable = Arrays.copyOf(PNG, 12);
    unreadable[11] = FakeImageCodec.UNREADABLE;

    assertThatThrownBy(() -> upload(large))
        .isInstanceOfSatisfying(
            RejectedContentException.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("payload_too_large");
              assertThat(refused.details()).containsEntry("maxBytes", 1024L);
            });
    assertThatThrownBy(() -> upload(text))
        .isInstanceOfSatisfying(
            RejectedContentException.class,
            refused -> assertThat(refused.code()).isEqualTo("unsupported_media_type"));
    assertThatThrownBy(() -> upload(unreadable))
        .isInstanceOfSatisfying(
            RejectedContentException.class,
            refused -> assertThat(refused.code()).isEqualTo("unsupported_media_type"));
    assertThat(images.ids().of(List.of(product))).isEmpty();
  }

  @Test
  void imageOfTooManyPixelsIsRefusedBeforeItIsDecoded() {
    var huge = images(new ImageSettings(1024, 1_000_000), new Dimensions(1001, 1000));

    assertThatThrownBy(() -> huge.upload().execute(world.admin(), product, PNG))
        .isInstanceOfSatisfying(
            ValidationException.class,
            refused -> assertThat(refused.problems()).containsKey("file"));
  }

  @Test
  void unknownProductIsNotFoundAndAProductHoldsAtMostTwentyUploads() {
    assertThatThrownBy(() -> images.upload().execute(world.admin(), ProductId.newId(), PNG))
        .isInstanceOf(NotFoundException.class);
    for (var i = 0; i < ProductImage.MAX_PER_PRODUCT; i++) {
      upload(PNG);
    }

    assertThatThrownBy(() -> upload(PNG))
        .isInstanceOfSatisfying(
            ValidationException.class,
            refused -> assertThat(refused.problems()).containsKey("file"));
  }

  @Test
  void reorderNeedsEachImageOnceAndOnlyAdmins() {
    var a = upload(PNG);
    var b = upload(PNG);
    var reorder = images.reorder();

    var reordered = reorder.execute(world.admin(), product, List.of(b.id(), a.id()));

    assertThat(reordered).extracting(ProductImage::id).containsExactly(b.id(), a.id());
    assertThat(images.ids().of(List.of(product))).containsEntry(product, ids(b, a));
    for (var wrong :
        List.of(
            List.of(b.id()),
            List.of(b.id(), b.id()),
            List.of(b.id(), a.id(), ImageId.newId()),
            List.of(b.id(), ImageId.newId()))) {
      assertThatThrownBy(() -> reorder.execute(world.admin(), product, wrong))
          .isInstanceOfSatisfying(
              ValidationException.class,
              refused -> assertThat(refused.problems()).containsKey("imageIds"));
    }
    assertThatThrownBy(() -> reorder.execute(world.customer(), product, List.of(a.id(), b.id())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> reorder.execute(world.admin(), ProductId.newId(), List.of()))
        .isInstanceOf(NotFoundException.class);
    assertThat(images.ids().of(List.of(product))).containsEntry(product, ids(b, a));
  }

  @Test
  void deleteRemovesOnlyTheProductsOwnImageForAdmins() {
    var image = upload(PNG);
    var other = world.product("LAMP-2", 4_500, 3).id();

    assertThatThrownBy(() -> images.delete().execute(world.admin(), other, image.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> images.delete().execute(world.customer(), product, image.id()))
        .isInstanceOf(ForbiddenException.class);
    images.delete().execute(world.admin(), product, image.id());

    assertThat(images.ids().of(List.of(product))).isEmpty();
    assertThatThrownBy(() -> images.get().execute(image.id(), ImageSize.ORIGINAL))
        .isInstanceOf(NotFoundException.class);
    assertThat(images.ids().of(List.of())).isEmpty();
  }

  private ProductImageUseCases images(ImageSettings settings, Dimensions dimensions) {
    return ProductImageUseCases.assemble(
        world.bank().ports(),
        world.cache(),
        new FakeImageCodec(dimensions),
        settings,
        Clock.systemUTC());
  }

  private ProductImage upload(byte[] content) {
    return images.upload().execute(world.admin(), product, content);
  }

  /** The {@code product.updated} events of the product. */
  private List<StoredEvent> events() {
    return world
        .bank()
        .ports()
        .outbox()
        .page(
            new EventFilter(EventType.PRODUCT_UPDATED, product.toString()),
            new PageRequest(PageRequest.MAX_LIMIT, 0))
        .items();
  }

  private static List<ImageId> ids(ProductImage... images) {
    return Arrays.stream(images).map(ProductImage::id).toList();
  }
}
