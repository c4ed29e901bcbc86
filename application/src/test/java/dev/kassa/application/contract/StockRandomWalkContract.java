package dev.kassa.application.contract;

import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockMovement;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A seeded random walk through every way stock moves (sales, reservations, their expiry or failed
 * payment, cancellations, refunds that restock, admin adjustments), each step predicted by a model:
 * a take is refused exactly when the stock is short, and afterwards every product's stock equals
 * the sum of its movements, and the journal replayed oldest first never went below zero. A failing
 * run is replayed with {@code -Dkassa.seed=<seed>}.
 */
public abstract class StockRandomWalkContract extends PortContract {

  private static final int STEPS = 400;

  /** Units an order took and may put back. */
  private record Taken(ProductId product, OrderId order, int quantity) {}

  private final Map<ProductId, Integer> stock = new HashMap<>();
  private final List<Taken> sold = new ArrayList<>();
  private final List<Taken> reserved = new ArrayList<>();
  private Instant now = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void aRandomWalkOfStockMovesKeepsTheStockEqualToItsJournal() {
    var seed = Long.getLong("kassa.seed", System.nanoTime());
    var seedNote = "seed " + seed + " (replay with -Dkassa.seed=" + seed + ")";
    System.out.println("StockRandomWalkContract: " + seedNote);
    var random = new SplittableRandom(seed);
    var fixture = new ShopFixture(world.transactions(), world.products());
    var products =
        IntStream.range(0, 3)
            .mapToObj(i -> fixture.product(aProduct().withStock(random.nextInt(6))))
            .toList();
    products.forEach(product -> stock.put(product.id(), product.stock()));
    var admin = UserId.newId();

    for (int step = 0; step < STEPS; step++) {
      now = now.plusSeconds(1 + random.nextInt(30));
      var product = products.get(random.nextInt(products.size())).id();
      var quantity = 1 + random.nextInt(4);
      switch (random.nextInt(7)) {
        case 0 -> take(product, quantity, StockReason.SALE, sold, seedNote);
        case 1 -> take(product, quantity, StockReason.RESERVATION, reserved, seedNote);
        case 2, 3 -> putBack(reserved, StockReason.RELEASE, random);
        case 4 -> putBack(sold, StockReason.CANCELLATION, random);
        case 5 -> putBack(sold, StockReason.REFUND_RESTOCK, random);
        default -> adjust(product, random.nextInt(9) - 4, admin, seedNote);
      }
    }

    for (var product : products) {
      var id = product.id();
      var journal = new ArrayList<>(allPages(request -> world.products().movements(id, request)));
      var stored = world.products().find(id).orElseThrow().stock();
      assertThat(stored).as("stock of %s, %s", id, seedNote).isEqualTo(stock.get(id));
      long running = 0;
      for (var movement : journal.reversed()) {
        running += movement.delta();
        assertThat(movement.stockAfter()).as("replay of %s, %s", id, seedNote).isEqualTo(running);
        assertThat(running).as("stock of %s never below zero, %s", id, seedNote).isNotNegative();
      }
      assertThat(journal.stream().mapToLong(StockMovement::delta).sum())
          .as("movements of %s, %s", id, seedNote)
          .isEqualTo(stored);
    }
    assertThat(world.products().checkStock().problems()).as(seedNote).isEmpty();
  }

  private void take(
      ProductId product, int quantity, StockReason reason, List<Taken> into, String seedNote) {
    var order = OrderId.newId();
    var took =
        inTx(
            () ->
                world
                    .products()
                    .takeStock(product, quantity, StockChange.forOrder(reason, order), now));
    var enough = stock.get(product) >= quantity;
    assertThat(took.isPresent())
        .as("take %d of %s, %s", quantity, product, seedNote)
        .isEqualTo(enough);
    if (took.isPresent()) {
      assertThat(took.getAsInt()).as(seedNote).isEqualTo(stock.get(product) - quantity);
      stock.merge(product, -quantity, Integer::sum);
      into.add(new Taken(product, order, quantity));
    }
  }

  private void putBack(List<Taken> from, StockReason reason, SplittableRandom random) {
    if (from.isEmpty()) {
      return;
    }
    var taken = from.remove(random.nextInt(from.size()));
    var quantity =
        reason == StockReason.REFUND_RESTOCK
            ? 1 + random.nextInt(taken.quantity())
            : taken.quantity();
    inTx(
        () ->
            world
                .products()
                .returnStock(
                    taken.product(), quantity, StockChange.forOrder(reason, taken.order()), now));
    stock.merge(taken.product(), quantity, Integer::sum);
  }

  private void adjust(ProductId product, int delta, UserId admin, String seedNote) {
    if (delta == 0) {
      return;
    }
    var change = StockChange.byUser(StockReason.ADJUSTMENT, admin);
    try {
      inTx(() -> world.products().adjustStock(product, delta, change, now));
      stock.merge(product, delta, Integer::sum);
    } catch (ConflictException refused) {
      assertThat(stock.get(product) + delta).as("refused adjustment, %s", seedNote).isNegative();
    }
  }
}
