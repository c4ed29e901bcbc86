package dev.kassa.application.contract;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.ProductBuilder;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.StockMovement;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How every {@link dev.kassa.domain.product.Products} adapter keeps the stock journal: one movement
 * per change of stock, in the same unit of work, with its reason and its order or actor, so that
 * the stock always equals the sum of the movements.
 */
public abstract class StockJournalContract extends PortContract {

  @Test
  void aProductAddedWithStockHasAnInitialMovement() {
    var product = add(aProduct().withStock(7));

    var journal = journal(product.id());

    assertThat(journal).hasSize(1);
    var initial = journal.getFirst();
    assertThat(initial.reason()).isEqualTo(StockReason.INITIAL);
    assertThat(initial.delta()).isEqualTo(7);
    assertThat(initial.stockAfter()).isEqualTo(7);
    assertThat(initial.createdAt()).isEqualTo(product.createdAt());
  }

  @Test
  void aProductAddedWithoutStockHasAnEmptyJournal() {
    var product = add(aProduct().withStock(0));

    assertThat(journal(product.id())).isEmpty();
  }

  @Test
  void everyChangeOfStockIsAMovementNewestFirst() {
    var product = add(aProduct().withStock(5));
    var later = TestTime.now().plusSeconds(60);

    inTx(() -> world.products().takeStock(product.id(), 2, SOLD, later));
    inTx(() -> world.products().returnStock(product.id(), 1, CANCELLED, later));
    inTx(() -> world.products().adjustStock(product.id(), 10, ADJUSTED, later));

    var journal = journal(product.id());
    assertThat(journal)
        .extracting(StockMovement::reason)
        .containsExactly(
            StockReason.ADJUSTMENT,
            StockReason.CANCELLATION,
            StockReason.SALE,
            StockReason.INITIAL);
    assertThat(journal).extracting(StockMovement::delta).containsExactly(10, 1, -2, 5);
    assertThat(journal).extracting(StockMovement::stockAfter).containsExactly(14, 4, 3, 5);
    assertThat(journal.get(1).orderId()).isEqualTo(CANCELLED.orderId());
    assertThat(journal.get(2).orderId()).isEqualTo(SOLD.orderId());
    assertThat(journal.get(0).actorId()).isEqualTo(ADJUSTED.actorId());
    assertThat(journal.get(0).createdAt()).isEqualTo(later);
  }

  @Test
  void theJournalIsPaged() {
    var product = add(aProduct().withStock(5));
    inTx(() -> world.products().takeStock(product.id(), 1, SOLD, TestTime.now()));
    inTx(() -> world.products().takeStock(product.id(), 1, SOLD, TestTime.now()));

    var page = world.products().movements(product.id(), new PageRequest(1, 1));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(StockMovement::stockAfter).containsExactly(4);
  }

  @Test
  void aRefusedOrUndoneChangeLeavesNoMovement() {
    var product = add(aProduct().withStock(2));

    inTx(() -> world.products().takeStock(product.id(), 3, SOLD, TestTime.now()));
    assertThatThrownBy(
            () ->
                inTx(
                    () -> world.products().adjustStock(product.id(), -3, ADJUSTED, TestTime.now())))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.products().takeStock(product.id(), 1, SOLD, TestTime.now());
                      throw new IllegalStateException("payment failed");
                    }))
        .hasMessage("payment failed");

    assertThat(journal(product.id()))
        .extracting(StockMovement::reason)
        .containsExactly(StockReason.INITIAL);
  }

  @Test
  void checkStockFindsEveryProductEqualToItsMovements() {
    var product = add(aProduct().withStock(3));
    inTx(() -> world.products().takeStock(product.id(), 3, SOLD, TestTime.now()));

    var check = world.products().checkStock();

    assertThat(check.problems()).isEmpty();
    assertThat(check.checkedProducts()).isPositive();
  }

  protected Product add(ProductBuilder builder) {
    return new ShopFixture(world.transactions(), world.products()).product(builder);
  }

  protected List<StockMovement> journal(ProductId id) {
    return allPages(request -> world.products().movements(id, request));
  }
}
