package dev.kassa.domain.webhook;

/**
 * The outcome of one delivery attempt: {@code delivered} (a 2xx in time), {@code failed} (retried
 * later), or {@code dead} (the last attempt failed).
 */
public enum DeliveryStatus {
  DELIVERED("delivered"),
  FAILED("failed"),
  DEAD("dead");

  private final String code;

  DeliveryStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static DeliveryStatus parse(String code) {
    for (var status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown delivery status: " + code);
  }

  /** Whether no further attempt is made for that event and endpoint. */
  public boolean settled() {
    return this == DELIVERED || this == DEAD;
  }
}
