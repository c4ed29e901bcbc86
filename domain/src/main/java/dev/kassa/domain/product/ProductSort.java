package dev.kassa.domain.product;

import dev.kassa.domain.error.ValidationException;

/** How a product listing is ordered. */
public enum ProductSort {
  NAME("name"),
  PRICE("price"),
  PRICE_DESCENDING("-price"),
  NEWEST("-createdAt");

  private final String code;

  ProductSort(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ProductSort parse(String code) {
    for (var sort : values()) {
      if (sort.code.equals(code)) {
        return sort;
      }
    }
    throw ValidationException.of("sort", "must be name, price, -price or -createdAt");
  }
}
