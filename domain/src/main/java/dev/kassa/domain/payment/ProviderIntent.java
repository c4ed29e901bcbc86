package dev.kassa.domain.payment;

import java.util.Objects;

/** A payment intent created at a provider: its id and the secret the buyer pays it with. */
public record ProviderIntent(String id, String clientSecret) {

  public ProviderIntent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientSecret, "clientSecret");
  }
}
