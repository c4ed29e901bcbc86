package dev.kassa.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartTest {

  private static final Instant FIRST = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant SECOND = Instant.parse("2025-03-01T10:05:00Z");

  private final UserId owner = UserId.newId();
  private final ProductId apple = ProductId.newId();
  private final ProductId pear = ProductId.newId();
  private final ProductId plum = ProductId.newId();

  @Test
  void anEmptyCartHasNoLines() {
    var cart = Cart.empty(owner);

    assertThat(cart.owner()).isEqualTo(owner);
    assertThat(cart.isEmpty()).isTrue();
    assertThat(cart.lines()).isEmpty();
  }

  @Test
  void addingAProductCreatesALineWithItsQuantityAndTime() {
    var cart = Cart.empty(owner).add(apple, 3, FIRST);

    assertThat(cart.isEmpty()).isFalse();
    assertThat(cart.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.productId()).isEqualTo(apple);
              assertThat(line.quantity()).isEqualTo(3);
              assertThat(line.addedAt()).isEqualTo(FIRST);
              assertThat(cart.line(line.id())).contains(line);
            });
  }

  @Test
  void addingTheSameProductAgainMergesIntoItsLine() {
    var once = Cart.empty(owner).add(apple, 3, FIRST);
    var first = once.lines().getFirst();

    var twice = once.add(apple, 4, SECOND);

    assertThat(twice.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.id()).isEqualTo(first.id());
              assertThat(line.quantity()).isEqualTo(7);
              assertThat(line.addedAt()).isEqualTo(FIRST);
            });
    assertThat(once.lines().getFirst().quantity()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, CartLine.MAX_QUANTITY})
  void acceptsQuantitiesFromOneToTheMaximum(int quantity) {
    assertThat(Cart.empty(owner).add(apple, quantity, FIRST).lines().getFirst().quantity())
        .isEqualTo(quantity);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE, CartLine.MAX_QUANTITY + 1, Integer.MAX_VALUE})
  void refusesToAddAQuantityOutsideOneToTheMaximum(int quantity) {
    assertQuantityRefused(() -> Cart.empty(owner).add(apple, quantity, FIRST));
  }

  @Test
  void aMergeMayReachTheMaximumQuantity() {
    var cart = Cart.empty(owner).add(apple, CartLine.MAX_QUANTITY - 1, FIRST).add(apple, 1, SECOND);

    assertThat(cart.lines().getFirst().quantity()).isEqualTo(CartLine.MAX_QUANTITY);
  }

  @Test
  void refusesAMergeThatWouldExceedTheMaximumQuantity() {
    var cart = Cart.empty(owner).add(apple, CartLine.MAX_QUANTITY - 1, FIRST);

    assertQuantityRefused(() -> cart.add(apple, 2, SECOND));
    assertQuantityRefused(() -> cart.add(apple, CartLine.MAX_QUANTITY, SECOND));
    assertThat(cart.lines().getFirst().quantity()).isEqualTo(CartLine.MAX_QUANTITY - 1);
  }

  @Test
  void holdsAtMostTheMaximumNumberOfDifferentProducts() {
    var full = Cart.empty(owner);
    for (int i = 0; i < Cart.MAX_LINES; i++) {
      full = full.add(ProductId.newId(), 1, FIRST);
    }
    var cart = full;

    assertThat(cart.lines()).hasSize(Cart.MAX_LINES);
    assertThatThrownBy(() -> cart.add(apple, 1, SECOND))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("productId"));
  }

  @Test
  void aFullCartStillTakesMoreOfAProductItHolds() {
    var cart = Cart.empty(owner).add(apple, 1, FIRST);
    for (int i = 1; i < Cart.MAX_LINES; i++) {
      cart = cart.add(ProductId.newId(), 1, FIRST);
    }

    var more = cart.add(apple, 5, SECOND);

    assertThat(more.lines()).hasSize(Cart.MAX_LINES);
    assertThat(more.lines().getFirst().quantity()).isEqualTo(6);
  }

  @Test
  void setQuantityReplacesTheQuantityOfThatLineOnly() {
    var cart = Cart.empty(owner).add(apple, 1, FIRST).add(pear, 2, FIRST);
    var appleLine = cart.lines().getFirst();

    var changed = cart.setQuantity(appleLine.id(), 9);

    assertThat(changed.lines())
        .extracting(CartLine::productId, CartLine::quantity)
        .containsExactly(tuple(apple, 9), tuple(pear, 2));
    assertThat(changed.line(appleLine.id()).orElseThrow().addedAt()).isEqualTo(FIRST);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3, CartLine.MAX_QUANTITY + 1})
  void setQuantityRefusesAQuantityOutsideOneToTheMaximum(int quantity) {
    var cart = Cart.empty(owner).add(apple, 1, FIRST);

    assertQuantityRefused(() -> cart.setQuantity(cart.lines().getFirst().id(), quantity));
  }

  @Test
  void setQuantityOfAnUnknownItemIsNotFound() {
    var cart = Cart.empty(owner).add(apple, 1, FIRST);
    var unknown = CartItemId.newId();

    assertNotFound(() -> cart.setQuantity(unknown, 2), unknown);
  }

  @Test
  void removeDropsThatLineOnly() {
    var cart = Cart.empty(owner).add(apple, 1, FIRST).add(pear, 2, FIRST);

    var removed = cart.remove(cart.lines().getFirst().id());

    assertThat(removed.lines()).extracting(CartLine::productId).containsExactly(pear);
    assertThat(cart.lines()).hasSize(2);
  }

  @Test
  void removingAnUnknownItemIsNotFound() {
    var cart = Cart.empty(owner).add(apple, 1, FIRST);
    var unknown = CartItemId.newId();

    assertNotFound(() -> cart.remove(unknown), unknown);
    assertNotFound(() -> Cart.empty(owner).remove(unknown), unknown);
  }

  @Test
  void clearEmptiesTheCartOfTheSameOwner() {
    var cleared = Cart.empty(owner).add(apple, 1, FIRST).add(pear, 2, FIRST).clear();

    assertThat(cleared.isEmpty()).isTrue();
    assertThat(cleared.owner()).isEqualTo(owner);
  }

  @Test
  void linesStayInTheOrderTheirProductsWereFirstAdded() {
    var cart = Cart.empty(owner).add(apple, 1, FIRST).add(pear, 1, FIRST).add(plum, 1, FIRST);
    var pearLine = cart.lines().get(1).id();

    cart = cart.add(apple, 2, SECOND).setQuantity(pearLine, 5);
    assertThat(cart.lines()).extracting(CartLine::productId).containsExactly(apple, pear, plum);

    cart = cart.remove(pearLine).add(pear, 1, SECOND);
    assertThat(cart.lines()).extracting(CartLine::productId).containsExactly(apple, plum, pear);
  }

  @Test
  void linesCannotBeChangedFromOutside() {
    var cart = Cart.empty(owner).add(apple, 1, FIRST);

    assertThatThrownBy(() -> cart.lines().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static void assertQuantityRefused(Runnable change) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("quantity"));
  }

  private static void assertNotFound(Runnable change, CartItemId id) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.code()).isEqualTo("not_found");
              assertThat(e.details())
                  .containsEntry("resource", "cart item")
                  .containsEntry("id", id.toString());
            });
  }
}
