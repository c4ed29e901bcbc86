package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.contract.Race;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.user.Actor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutConcurrencyTest {

  private static final int BUYERS = 40;
  private static final int UNITS = 15;
  private static final long PRICE = 1999;

  private final ShopWorld world = new ShopWorld();

  @Test
  void fortyBuyersRacingForFifteenUnitsBuyExactlyFifteen() {
    var mug = world.product("MUG-1", PRICE, UNITS);
    var buyers = new ArrayList<Buyer>();
    for (int i = 0; i < BUYERS; i++) {
      var buyer = world.customer();
      buyers.add(new Buyer(buyer, world.fundedAccount(buyer, 10_000)));
      world.addToCart(buyer, mug.id(), 1);
    }

    var outcomes =
        Race.run(
            BUYERS, runner -> world.checkout(buyers.get(runner).actor, buyers.get(runner).account));

    assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(UNITS);
    assertThat(outcomes)
        .filteredOn(outcome -> !outcome.succeeded())
        .hasSize(BUYERS - UNITS)
        .allSatisfy(
            outcome ->
                assertThat(outcome.failure())
                    .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("out_of_stock")));
    assertThat(world.stock(mug.id())).isZero();
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(UNITS * PRICE);
    assertThat(world.allOrders()).hasSize(UNITS);
    var charged = buyers.stream().filter(b -> world.balance(b.account) == 10_000 - PRICE).count();
    var untouched = buyers.stream().filter(b -> world.balance(b.account) == 10_000).count();
    assertThat(charged).isEqualTo(UNITS);
    assertThat(untouched).isEqualTo(BUYERS - UNITS);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void buyersPurchasingAtOnceNeverOversell() {
    var mug = world.product("MUG-1", PRICE, UNITS);
    List<Buyer> buyers = new ArrayList<>();
    for (int i = 0; i < BUYERS; i++) {
      var buyer = world.customer();
      buyers.add(new Buyer(buyer, world.fundedAccount(buyer, 10_000)));
    }

    var outcomes =
        Race.run(
            BUYERS,
            runner ->
                world
                    .purchase()
                    .execute(
                        buyers.get(runner).actor,
                        new Purchase.Command(mug.id(), 1, buyers.get(runner).account)));

    assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(UNITS);
    assertThat(world.stock(mug.id())).isZero();
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(UNITS * PRICE);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  private record Buyer(Actor actor, AccountId account) {}
}
