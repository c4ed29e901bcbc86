package dev.kassa.domain.product;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a product of the catalog. */
public record ProductId(UUID value) implements Comparable<ProductId> {

  public ProductId {
    Objects.requireNonNull(value, "value");
  }

  public static ProductId newId() {
    return new ProductId(Uuids.v7());
  }

  public static ProductId of(String text) {
    return new ProductId(UUID.fromString(text));
  }

  @Override
  public int compareTo(ProductId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
