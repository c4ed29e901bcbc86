package dev.kassa.domain.payment;

import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import java.util.Objects;

/**
 * Units of one order line given back: {@code amount} is their snapshotted unit price times them.
 */
public record RefundLine(ProductId productId, int quantity, Money amount) {

  public RefundLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(amount, "amount");
    if (quantity < 1 || !amount.isPositive()) {
      throw new IllegalArgumentException("a refund line gives back a positive quantity and amount");
    }
  }
}
