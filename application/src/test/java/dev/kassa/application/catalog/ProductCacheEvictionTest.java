package dev.kassa.application.catalog;

import static dev.kassa.application.testdata.OrderBuilder.anOrder;
import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.ProductEvents;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProductCacheEvictionTest {

  private final List<ProductId> evicted = new CopyOnWriteArrayList<>();
  private final ProductCacheEviction subscriber =
      new ProductCacheEviction(
          new ProductCache() {
            @Override
            public Optional<Product> product(ProductId id, Supplier<Optional<Product>> load) {
              return load.get();
            }

            @Override
            public Page<Product> listing(
                ProductQuery query, PageRequest request, Supplier<Page<Product>> load) {
              return load.get();
            }

            @Override
            public void evict(ProductId id) {
              evicted.add(id);
            }
          });

  @Test
  void productAndStockEventsEvictTheirProduct() {
    var product = aProduct().withStock(3).build();

    subscriber.deliver(new StoredEvent(ProductEvents.updated(product, TestTime.now()), 1));
    subscriber.deliver(
        new StoredEvent(ProductEvents.stockAdjusted(product, -2, "count", TestTime.now()), 2));

    assertThat(evicted).containsExactly(product.id(), product.id());
  }

  @Test
  void aPlacedOrderEvictsEveryProductOfItsLines() {
    var mug = aProduct().build();
    var tea = aProduct().build();
    var order = anOrder().by(UserId.newId()).withLine(mug, 1).withLine(tea, 2).build();

    subscriber.deliver(new StoredEvent(OrderEvents.placed(order, TestTime.now()), 1));

    assertThat(evicted).containsExactly(mug.id(), tea.id());
  }

  @Test
  void takesCatalogEventsAndStockChangingOrderEventsOnly() {
    assertThat(subscriber.accepts(EventType.PRODUCT_CREATED)).isTrue();
    assertThat(subscriber.accepts(EventType.STOCK_LOW)).isTrue();
    assertThat(subscriber.accepts(EventType.ORDER_CANCELLED)).isTrue();
    assertThat(subscriber.accepts(EventType.ORDER_SHIPPED)).isFalse();
    assertThat(subscriber.accepts(EventType.TRANSFER_COMPLETED)).isFalse();
  }
}
