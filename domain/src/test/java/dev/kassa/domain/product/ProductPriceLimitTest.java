package dev.kassa.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.cart.CartLine;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductPriceLimitTest {

  private static ProductDetails pricedAt(long minor) {
    return new ProductDetails("SKU-1", "Gold", "", Money.of(minor, "EUR"), "metals", List.of());
  }

  @Test
  void aPriceAboveTheMaximumIsRefused() {
    assertThatThrownBy(() -> pricedAt(ProductDetails.MAX_PRICE + 1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("price"));
  }

  @Test
  void theLargestPossibleCartTotalStillFitsInALong() {
    var line = Money.of(ProductDetails.MAX_PRICE, "EUR").times(CartLine.MAX_QUANTITY);

    assertThat(line.times(Cart.MAX_LINES).minor()).isPositive();
    assertThat(pricedAt(ProductDetails.MAX_PRICE).price().minor())
        .isEqualTo(ProductDetails.MAX_PRICE);
  }
}
