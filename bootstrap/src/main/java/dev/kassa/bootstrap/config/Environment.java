package dev.kassa.bootstrap.config;

import java.util.Locale;

/** Where Kassa runs ({@code KASSA_ENV}). {@code prod} insists on real secrets. */
public enum Environment {
  DEV,
  TEST,
  PROD;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isProd() {
    return this == PROD;
  }
}
