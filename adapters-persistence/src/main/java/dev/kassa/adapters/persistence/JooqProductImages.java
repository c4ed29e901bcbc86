package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Sequences.PRODUCT_IMAGES_POSITION_SEQ;
import static dev.kassa.adapters.persistence.jooq.Tables.PRODUCT_IMAGES;

import dev.kassa.domain.image.ImageBlob;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ImageSize;
import dev.kassa.domain.image.ProductImage;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.product.ProductId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * Product images in PostgreSQL, their bytes in {@code bytea} columns of the same row. Listing reads
 * the metadata only; the bytes are read when an image is served.
 */
public final class JooqProductImages implements ProductImages {

  private static final List<SelectField<?>> METADATA =
      List.of(
          PRODUCT_IMAGES.ID,
          PRODUCT_IMAGES.PRODUCT_ID,
          PRODUCT_IMAGES.CONTENT_TYPE,
          PRODUCT_IMAGES.WIDTH,
          PRODUCT_IMAGES.HEIGHT,
          PRODUCT_IMAGES.BYTES,
          PRODUCT_IMAGES.CREATED_AT);

  private final JooqDatabase database;

  public JooqProductImages(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void add(ProductImage image, ImageBlob original, ImageBlob thumbnail) {
    database
        .dsl()
        .insertInto(PRODUCT_IMAGES)
        .set(PRODUCT_IMAGES.ID, image.id().value())
        .set(PRODUCT_IMAGES.PRODUCT_ID, image.productId().value())
        .set(PRODUCT_IMAGES.POSITION, PRODUCT_IMAGES_POSITION_SEQ.nextval())
        .set(PRODUCT_IMAGES.CONTENT_TYPE, image.contentType())
        .set(PRODUCT_IMAGES.WIDTH, image.width())
        .set(PRODUCT_IMAGES.HEIGHT, image.height())
        .set(PRODUCT_IMAGES.BYTES, image.bytes())
        .set(PRODUCT_IMAGES.CONTENT, original.content())
        .set(PRODUCT_IMAGES.DIGEST, original.digest())
        .set(PRODUCT_IMAGES.THUMBNAIL_CONTENT_TYPE, thumbnail.contentType())
        .set(PRODUCT_IMAGES.THUMBNAIL, thumbnail.content())
        .set(PRODUCT_IMAGES.THUMBNAIL_DIGEST, thumbnail.digest())
        .set(PRODUCT_IMAGES.CREATED_AT, image.createdAt())
        .execute();
  }

  @Override
  public List<ProductImage> of(ProductId product) {
    return database
        .dsl()
        .select(METADATA)
        .from(PRODUCT_IMAGES)
        .where(PRODUCT_IMAGES.PRODUCT_ID.eq(product.value()))
        .orderBy(PRODUCT_IMAGES.POSITION, PRODUCT_IMAGES.ID)
        .fetch(JooqProductImages::toDomain);
  }

  @Override
  public Map<ProductId, List<ImageId>> idsOf(Collection<ProductId> products) {
    var ids = products.stream().map(ProductId::value).toList();
    var grouped = new LinkedHashMap<ProductId, List<ImageId>>();
    database
        .dsl()
        .select(PRODUCT_IMAGES.PRODUCT_ID, PRODUCT_IMAGES.ID)
        .from(PRODUCT_IMAGES)
        .where(PRODUCT_IMAGES.PRODUCT_ID.in(ids))
        .orderBy(PRODUCT_IMAGES.PRODUCT_ID, PRODUCT_IMAGES.POSITION, PRODUCT_IMAGES.ID)
        .forEach(
            row ->
                grouped
                    .computeIfAbsent(
                        new ProductId(row.get(PRODUCT_IMAGES.PRODUCT_ID)), key -> new ArrayList<>())
                    .add(new ImageId(row.get(PRODUCT_IMAGES.ID))));
    var result = new LinkedHashMap<ProductId, List<ImageId>>();
    grouped.forEach((key, value) -> result.put(key, List.copyOf(value)));
    return Collections.unmodifiableMap(result);
  }

  @Override
  public Optional<ImageBlob> blob(ImageId id, ImageSize size) {
    var thumbnail = size == ImageSize.THUMBNAIL;
    var contentType =
        thumbnail ? PRODUCT_IMAGES.THUMBNAIL_CONTENT_TYPE : PRODUCT_IMAGES.CONTENT_TYPE;
    var content = thumbnail ? PRODUCT_IMAGES.THUMBNAIL : PRODUCT_IMAGES.CONTENT;
    var digest = thumbnail ? PRODUCT_IMAGES.THUMBNAIL_DIGEST : PRODUCT_IMAGES.DIGEST;
    return database
        .dsl()
        .select(contentType, content, digest)
        .from(PRODUCT_IMAGES)
        .where(PRODUCT_IMAGES.ID.eq(id.value()))
        .fetchOptional(row -> new ImageBlob(row.value1(), row.value2(), row.value3()));
  }

  @Override
  public boolean remove(ProductId product, ImageId id) {
    return database
            .dsl()
            .deleteFrom(PRODUCT_IMAGES)
            .where(PRODUCT_IMAGES.ID.eq(id.value()))
            .and(PRODUCT_IMAGES.PRODUCT_ID.eq(product.value()))
            .execute()
        == 1;
  }

  @Override
  public void reorder(ProductId product, List<ImageId> order) {
    var dsl = database.dsl();
    for (var position = 0; position < order.size(); position++) {
      dsl.update(PRODUCT_IMAGES)
          .set(PRODUCT_IMAGES.POSITION, (long) position)
          .where(PRODUCT_IMAGES.ID.eq(order.get(position).value()))
          .and(PRODUCT_IMAGES.PRODUCT_ID.eq(product.value()))
          .execute();
    }
  }

  private static ProductImage toDomain(Record row) {
    return new ProductImage(
        new ImageId(row.get(PRODUCT_IMAGES.ID)),
        new ProductId(row.get(PRODUCT_IMAGES.PRODUCT_ID)),
        row.get(PRODUCT_IMAGES.CONTENT_TYPE),
        row.get(PRODUCT_IMAGES.WIDTH),
        row.get(PRODUCT_IMAGES.HEIGHT),
        row.get(PRODUCT_IMAGES.BYTES),
        row.get(PRODUCT_IMAGES.CREATED_AT));
  }
}
