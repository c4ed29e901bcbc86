package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * An event a provider signed and sent, as far as Kassa reads it: its unique id, its type (such as
 * {@code payment_intent.succeeded}), the intent it is about ({@code data.object.id}) and the
 * intent's amount, which is null when the event does not carry one Kassa can read.
 */
public record ProviderEvent(
    String id, String type, String intentId, Money amount, Instant createdAt) {

  public static final String SUCCEEDED = "payment_intent.succeeded";
  public static final String FAILED = "payment_intent.payment_failed";

  public ProviderEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether Kassa acts on events of this type. */
  public boolean isSettlement() {
    return SUCCEEDED.equals(type) || FAILED.equals(type);
  }
}
