package dev.kassa.domain.order;

/** A checkout of a cart, or a one-step purchase of a single product. */
public enum OrderKind {
  CHECKOUT,
  PURCHASE
}
