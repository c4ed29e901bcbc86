package dev.kassa.domain.product;

import java.util.Locale;

/** Archived products are no longer listed or sold, but old orders still show them. */
public enum ProductStatus {
  ACTIVE,
  ARCHIVED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ProductStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
