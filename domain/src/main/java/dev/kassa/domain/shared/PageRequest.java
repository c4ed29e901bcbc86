package dev.kassa.domain.shared;

import dev.kassa.domain.error.ValidationException;

/** A window of a list: {@code limit} in 1..100, {@code offset} from 0. */
public record PageRequest(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    new ValidationException.Collector()
        .check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
        .check(offset >= 0, "offset", "must be 0 or more")
        .throwIfAny();
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, 0);
  }

  public static PageRequest defaults() {
    return new PageRequest(DEFAULT_LIMIT, 0);
  }
}
