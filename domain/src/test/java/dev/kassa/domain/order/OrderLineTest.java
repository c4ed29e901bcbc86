package dev.kassa.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.cart.CartLine;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderLineTest {

  private final ProductId product = ProductId.newId();

  @Test
  void lineTotalIsTheUnitPriceTimesTheQuantityInItsCurrency() {
    assertThat(line(Money.of(1_250, "EUR"), 3).lineTotal()).isEqualTo(Money.of(3_750, "EUR"));
    assertThat(line(Money.of(500, "JPY"), 7).lineTotal()).isEqualTo(Money.of(3_500, "JPY"));
  }

  @Test
  void lineTotalOfOneUnitIsTheUnitPrice() {
    assertThat(line(Money.of(999, "EUR"), 1).lineTotal()).isEqualTo(Money.of(999, "EUR"));
  }

  @Test
  void lineTotalOfTheDearestLineStillFits() {
    var total = line(Money.of(ProductDetails.MAX_PRICE, "EUR"), CartLine.MAX_QUANTITY).lineTotal();

    assertThat(total.minor()).isEqualTo(ProductDetails.MAX_PRICE * CartLine.MAX_QUANTITY);
  }

  @Test
  void lineTotalOverflowsLoudly() {
    var line = line(Money.of(Long.MAX_VALUE / 2 + 1, "EUR"), 2);

    assertThatThrownBy(line::lineTotal).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void refusesAQuantityBelowOne(int quantity) {
    assertThatThrownBy(() -> line(Money.of(100, "EUR"), quantity))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesMissingSnapshots() {
    var price = Money.of(100, "EUR");

    assertThatThrownBy(() -> new OrderLine(null, "SKU-1", "Gold", price, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrderLine(product, null, "Gold", price, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrderLine(product, "SKU-1", null, price, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OrderLine(product, "SKU-1", "Gold", null, 1))
        .isInstanceOf(NullPointerException.class);
  }

  private OrderLine line(Money unitPrice, int quantity) {
    return new OrderLine(product, "SKU-1", "Gold", unitPrice, quantity);
  }
}
