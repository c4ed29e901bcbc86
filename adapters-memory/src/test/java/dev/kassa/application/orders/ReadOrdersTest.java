package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ListOrders}, {@link GetOrder}, {@link ListPurchases} and {@link GetPurchase}. */
class ReadOrdersTest {

  private final ShopWorld world = new ShopWorld();
  private final Product mug = world.product("MUG-1", 1250, 70);
  private final Actor alice = world.customer();
  private final AccountId alicesAccount = world.fundedAccount(alice, 100_000);
  private final Actor bob = world.customer();
  private final AccountId bobsAccount = world.fundedAccount(bob, 100_000);

  @Test
  void customersListTheirOwnOrdersNewestFirstAndAdminsEveryonesOrOneUsers() {
    var first = checkout(alice, alicesAccount);
    var purchase = purchase(alice, alicesAccount);
    var bobs = checkout(bob, bobsAccount);

    assertThat(listOrders(alice, null, null)).containsExactly(purchase, first);
    assertThat(listOrders(bob, null, null)).containsExactly(bobs);
    assertThat(listOrders(world.admin(), null, null)).hasSize(3);
    assertThat(listOrders(world.admin(), alice, null)).containsExactly(purchase, first);
    assertThatThrownBy(() -> listOrders(bob, alice, null)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void filtersByStatus() {
    var kept = checkout(alice, alicesAccount);
    var cancelled = checkout(alice, alicesAccount);
    world.cancelOrder().execute(alice, cancelled.id());

    assertThat(listOrders(alice, null, OrderStatus.PAID))
        .extracting(Order::id)
        .containsExactly(kept.id());
    assertThat(listOrders(world.admin(), null, OrderStatus.CANCELLED))
        .extracting(Order::id)
        .containsExactly(cancelled.id());
  }

  @Test
  void anOrderIsReadByItsOwnerOrAnAdminOnly() {
    var order = checkout(alice, alicesAccount);

    assertThat(world.getOrder().execute(alice, order.id())).isEqualTo(order);
    assertThat(world.getOrder().execute(world.admin(), order.id())).isEqualTo(order);
    assertThatThrownBy(() -> world.getOrder().execute(bob, order.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void purchasesAreListedAndReadOnTheirOwn() {
    var order = checkout(alice, alicesAccount);
    var purchase = purchase(alice, alicesAccount);
    var bobsPurchase = purchase(bob, bobsAccount);

    assertThat(listPurchases(alice)).containsExactly(purchase);
    assertThat(listPurchases(world.admin())).containsExactly(bobsPurchase, purchase);
    assertThat(world.getPurchase().execute(alice, purchase.id())).isEqualTo(purchase);
    assertThat(world.getPurchase().execute(world.admin(), purchase.id())).isEqualTo(purchase);
    assertThatThrownBy(() -> world.getPurchase().execute(bob, purchase.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> world.getPurchase().execute(alice, order.id()))
        .isInstanceOf(NotFoundException.class);
  }

  private List<Order> listOrders(Actor actor, Actor owner, OrderStatus status) {
    var userId = owner == null ? null : owner.id();
    return world
        .listOrders()
        .execute(actor, new ListOrders.Query(userId, status, PageRequest.defaults()))
        .items();
  }

  private List<Order> listPurchases(Actor actor) {
    return world
        .listPurchases()
        .execute(actor, new ListPurchases.Query(null, PageRequest.defaults()))
        .items();
  }

  private Order checkout(Actor buyer, AccountId account) {
    world.addToCart(buyer, mug.id(), 1);
    return world.checkout(buyer, account);
  }

  private Order purchase(Actor buyer, AccountId account) {
    return world.purchase().execute(buyer, new Purchase.Command(mug.id(), 1, account));
  }
}
