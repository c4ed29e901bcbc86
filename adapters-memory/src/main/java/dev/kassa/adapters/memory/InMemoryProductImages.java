package dev.kassa.adapters.memory;

import dev.kassa.domain.image.ImageBlob;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ImageSize;
import dev.kassa.domain.image.ProductImage;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.product.ProductId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Product images in memory, with their bytes. A new image takes the next value of a counter as its
 * position, which is above any position a reorder gives (those count from zero), as the database's
 * sequence does.
 */
public final class InMemoryProductImages implements ProductImages {

  private record Row(ProductImage image, long position, ImageBlob original, ImageBlob thumbnail) {

    Row at(long changed) {
      return new Row(image, changed, original, thumbnail);
    }
  }

  private static final Comparator<Row> IN_ORDER =
      Comparator.comparingLong(Row::position).thenComparing(row -> row.image().id().value());

  private final InMemoryTransactions transactions;
  private final Table<ImageId, Row> rows;
  private final AtomicLong positions = new AtomicLong();

  public InMemoryProductImages(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.rows = new Table<>(transactions);
  }

  @Override
  public void add(ProductImage image, ImageBlob original, ImageBlob thumbnail) {
    var row = new Row(image, positions.getAndIncrement(), original, thumbnail);
    if (!rows.insert(image.id(), row)) {
      throw new IllegalArgumentException("image " + image.id() + " exists");
    }
  }

  @Override
  public List<ProductImage> of(ProductId product) {
    return rows.rows()
        .filter(row -> row.image().productId().equals(product))
        .sorted(IN_ORDER)
        .map(Row::image)
        .toList();
  }

  @Override
  public Map<ProductId, List<ImageId>> idsOf(Collection<ProductId> products) {
    var wanted = new HashSet<>(products);
    return rows.rows()
        .filter(row -> wanted.contains(row.image().productId()))
        .sorted(IN_ORDER)
        .collect(
            Collectors.groupingBy(
                row -> row.image().productId(),
                LinkedHashMap::new,
                Collectors.mapping(row -> row.image().id(), Collectors.toUnmodifiableList())));
  }

  @Override
  public Optional<ImageBlob> blob(ImageId id, ImageSize size) {
    return rows.find(id).map(row -> size == ImageSize.THUMBNAIL ? row.thumbnail() : row.original());
  }

  @Override
  public boolean remove(ProductId product, ImageId id) {
    return transactions.inTransaction(
        () ->
            rows.find(id).filter(row -> row.image().productId().equals(product)).isPresent()
                && rows.remove(id));
  }

  @Override
  public void reorder(ProductId product, List<ImageId> order) {
    transactions.run(
        () -> {
          for (var position = 0; position < order.size(); position++) {
            var at = position;
            rows.find(order.get(position))
                .filter(row -> row.image().productId().equals(product))
                .ifPresent(row -> rows.put(row.image().id(), row.at(at)));
          }
        });
  }
}
