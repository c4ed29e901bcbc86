package dev.kassa.domain.order;

import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import java.util.Objects;

/** A product as it was sold: name, SKU and unit price are snapshots taken at checkout. */
public record OrderLine(
    ProductId productId, String sku, String name, Money unitPrice, int quantity) {

  public OrderLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive");
    }
  }

  public Money lineTotal() {
    return unitPrice.times(quantity);
  }
}
