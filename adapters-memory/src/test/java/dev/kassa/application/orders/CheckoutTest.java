package dev.kassa.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.catalog.AdjustStock;
import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.application.orders.RecordingProductCache.Eviction;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductSort;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckoutTest {

  private final ShopWorld world = new ShopWorld();
  private final Actor alice = world.customer();

  @Test
  void takesTheStockMovesTheMoneyAndEmptiesTheCart() {
    var account = world.fundedAccount(alice, 10_000);
    var mug = world.product("MUG-1", 1250, 7);
    var pen = world.product("PEN-1", 199, 50);
    world.addToCart(alice, mug.id(), 2);
    world.addToCart(alice, pen.id(), 3);

    var order = world.checkout(alice, account);

    assertThat(world.stock(mug.id())).isEqualTo(5);
    assertThat(world.stock(pen.id())).isEqualTo(47);
    assertThat(world.balance(account)).isEqualTo(10_000 - 3097);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isEqualTo(3097);
    assertThat(world.cart(alice).isEmpty()).isTrue();
    assertThat(world.ledgerVerifies()).isTrue();
    assertThat(order.userId()).isEqualTo(alice.id());
    assertThat(order.kind()).isEqualTo(OrderKind.CHECKOUT);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.lines())
        .containsExactly(
            new OrderLine(mug.id(), "MUG-1", mug.name(), Money.of(1250, ShopWorld.EUR), 2),
            new OrderLine(pen.id(), "PEN-1", pen.name(), Money.of(199, ShopWorld.EUR), 3));
    assertThat(order.total()).isEqualTo(Money.of(3097, ShopWorld.EUR));
    assertThat(order.payment().method()).isEqualTo(PaymentMethod.ACCOUNT);
    assertThat(order.payment().status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(order.payment().amount()).isEqualTo(order.total());
    assertThat(order.payment().accountId()).isEqualTo(account);
    assertThat(order.history())
        .extracting(change -> change.status())
        .containsExactly(OrderStatus.PAID);
    assertThat(world.getOrder().execute(alice, order.id())).isEqualTo(order);
  }

  @Test
  void writesAPurchaseLineReferencingTheOrder() {
    var account = world.fundedAccount(alice, 10_000);
    world.addToCart(alice, world.product("MUG-1", 1250, 7).id(), 1);

    var order = world.checkout(alice, account);

    assertThat(world.bank().linesOf(account).getFirst())
        .satisfies(
            line -> {
              assertThat(line.type()).isEqualTo(TransactionType.PURCHASE);
              assertThat(line.amount()).isEqualTo(Money.of(-1250, ShopWorld.EUR));
              assertThat(line.entryId()).isEqualTo(order.payment().entryId());
              assertThat(line.reference()).isEqualTo(new Reference("order", order.id().value()));
            });
  }

  @Test
  void aCheckoutThatFailsOnItsLastLineChangesNothing() {
    var account = world.fundedAccount(alice, 100_000);
    var products =
        inLockOrder(
            world.product("A-1", 100, 10),
            world.product("B-1", 100, 10),
            world.product("C-1", 100, 10));
    var first = products.get(0);
    var second = products.get(1);
    var last = products.get(2);
    world.adjustStock().execute(world.admin(), last.id(), new AdjustStock.Command(-8, "count"));
    world.addToCart(alice, first.id(), 1);
    world.addToCart(alice, second.id(), 4);
    world.addToCart(alice, last.id(), 3);
    var cartBefore = world.cart(alice);
    var evictionsBefore = world.cache().evictions();

    assertThatThrownBy(() -> world.checkout(alice, account))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("out_of_stock");
              assertThat(e.details()).containsEntry("productIds", List.of(last.id().toString()));
            });
    assertThat(world.stock(first.id())).isEqualTo(10);
    assertThat(world.stock(second.id())).isEqualTo(10);
    assertThat(world.stock(last.id())).isEqualTo(2);
    assertThat(world.balance(account)).isEqualTo(100_000);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.cart(alice)).isEqualTo(cartBefore);
    assertThat(world.allOrders()).isEmpty();
    assertThat(world.cache().evictions()).isEqualTo(evictionsBefore);
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void namesEveryProductThatIsShortInLockOrder() {
    var account = world.fundedAccount(alice, 100_000);
    var products =
        inLockOrder(
            world.product("A-1", 100, 1),
            world.product("B-1", 100, 10),
            world.product("C-1", 100, 1));
    products.reversed().forEach(product -> world.addToCart(alice, product.id(), 2));
    var shortIds =
        products.stream().filter(p -> p.stock() < 2).map(p -> p.id().toString()).toList();

    assertThatThrownBy(() -> world.checkout(alice, account))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.details()).containsEntry("productIds", shortIds));
    assertThat(products).allSatisfy(p -> assertThat(world.stock(p.id())).isEqualTo(p.stock()));
  }

  @Test
  void insufficientFundsChangeNothing() {
    var account = world.fundedAccount(alice, 3096);
    var mug = world.product("MUG-1", 1250, 7);
    var pen = world.product("PEN-1", 199, 50);
    world.addToCart(alice, mug.id(), 2);
    world.addToCart(alice, pen.id(), 3);
    var cartBefore = world.cart(alice);

    assertThatThrownBy(() -> world.checkout(alice, account))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
    assertThat(world.stock(mug.id())).isEqualTo(7);
    assertThat(world.stock(pen.id())).isEqualTo(50);
    assertThat(world.balance(account)).isEqualTo(3096);
    assertThat(world.merchantBalance(ShopWorld.EUR)).isZero();
    assertThat(world.cart(alice)).isEqualTo(cartBefore);
    assertThat(world.allOrders()).isEmpty();
    assertThat(world.ledgerVerifies()).isTrue();
  }

  @Test
  void aPriceChangeAfterCheckoutDoesNotChangeTheOrder() {
    var account = world.fundedAccount(alice, 10_000);
    var mug = world.product("MUG-1", 1250, 7);
    world.addToCart(alice, mug.id(), 2);
    var order = world.checkout(alice, account);

    world
        .updateProduct()
        .execute(
            world.admin(),
            mug.id(),
            new UpdateProduct.Command(ShopWorld.details("MUG-1X", Money.of(9999, ShopWorld.EUR))));

    var read = world.getOrder().execute(alice, order.id());
    assertThat(read.lines().getFirst().unitPrice()).isEqualTo(Money.of(1250, ShopWorld.EUR));
    assertThat(read.lines().getFirst().sku()).isEqualTo("MUG-1");
    assertThat(read.total()).isEqualTo(Money.of(2500, ShopWorld.EUR));
  }

  @Test
  void aListingNeverShowsInStockWhatTheCheckoutTookAfterItCommitted() {
    var account = world.fundedAccount(alice, 10_000);
    var mug = world.product("MUG-1", 1250, 1);
    var inStock = new ProductQuery(null, null, null, null, true, ProductSort.NAME);
    var page = PageRequest.defaults();
    assertThat(world.searchProducts().execute(inStock, page).items()).hasSize(1);
    assertThat(world.getProduct().execute(alice, mug.id()).stock()).isEqualTo(1);
    world.addToCart(alice, mug.id(), 1);

    world.checkout(alice, account);

    assertThat(world.searchProducts().execute(inStock, page).items()).isEmpty();
    assertThat(world.getProduct().execute(alice, mug.id()).stock()).isZero();
    assertThat(world.cache().evictions()).last().isEqualTo(new Eviction(mug.id(), true));
  }

  @Test
  void refusesAnEmptyCart() {
    var account = world.fundedAccount(alice, 10_000);

    assertThatThrownBy(() -> world.checkout(alice, account))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("cart"));
  }

  @Test
  void refusesACartWithAnArchivedProduct() {
    var account = world.fundedAccount(alice, 10_000);
    var mug = world.product("MUG-1", 1250, 7);
    var pen = world.product("PEN-1", 199, 50);
    world.addToCart(alice, mug.id(), 1);
    world.addToCart(alice, pen.id(), 1);
    world.archiveProduct().execute(world.admin(), mug.id());

    assertThatThrownBy(() -> world.checkout(alice, account))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems().get("cart")).contains(mug.id().toString()));
    assertThat(world.stock(pen.id())).isEqualTo(50);
    assertThat(world.balance(account)).isEqualTo(10_000);
    assertThat(world.cart(alice).lines()).hasSize(2);
  }

  @Test
  void paysOnlyFromTheCallersOwnAccount() {
    var bob = world.customer();
    var bobsAccount = world.fundedAccount(bob, 10_000);
    var mug = world.product("MUG-1", 1250, 7);
    world.addToCart(alice, mug.id(), 1);

    var admin = world.admin();
    world.addToCart(admin, mug.id(), 1);

    assertThatThrownBy(() -> world.checkout(alice, bobsAccount))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> world.checkout(admin, bobsAccount))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.balance(bobsAccount)).isEqualTo(10_000);
    assertThat(world.stock(mug.id())).isEqualTo(7);
  }

  @Test
  void refusesAnAccountInAnotherCurrencyThanTheCart() {
    var dollars = world.fundedAccount(alice, 10_000, ShopWorld.USD);
    world.addToCart(alice, world.product("MUG-1", 1250, 7).id(), 1);

    assertThatThrownBy(() -> world.checkout(alice, dollars))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThat(world.balance(dollars)).isEqualTo(10_000);
    assertThat(world.cart(alice).lines()).hasSize(1);
  }

  @Test
  void aPaymentMethodIsRequiredWithWhatItNeeds() {
    assertThatThrownBy(() -> new Checkout.Command(null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("paymentMethod"));
    assertThatThrownBy(() -> PaymentChoice.account(null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsKey("paymentMethod.accountId"));
    assertThatThrownBy(() -> PaymentChoice.card(null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsKey("paymentMethod.cardId"));
  }

  private static List<Product> inLockOrder(Product... products) {
    return Stream.of(products).sorted(Comparator.comparing(Product::id)).toList();
  }
}
