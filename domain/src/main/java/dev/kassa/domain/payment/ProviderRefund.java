package dev.kassa.domain.payment;

import java.util.Objects;

/** A refund the provider accepted: its id there, and whether the money has left yet. */
public record ProviderRefund(String id, RefundStatus status) {

  public ProviderRefund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }
}
