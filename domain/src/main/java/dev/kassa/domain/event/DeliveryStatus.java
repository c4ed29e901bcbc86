package dev.kassa.domain.event;

import java.util.Locale;
import java.util.Optional;

/** Where one event stands with one subscriber. */
public enum DeliveryStatus {
  /** Not yet delivered: due now, waiting for its retry, or leased to a worker delivering it. */
  PENDING,
  DELIVERED,
  /** Given up after the last attempt; it no longer holds back its subject's later events. */
  DEAD;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DeliveryStatus> fromCode(String code) {
    for (var status : values()) {
      if (status.code().equals(code)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
