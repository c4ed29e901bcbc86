package dev.kassa.domain.payment;

import java.util.Objects;

/** A webhook as it goes over the wire: the raw body and its {@code Stripe-Signature} header. */
public record SignedEvent(String payload, String signatureHeader) {

  public SignedEvent {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(signatureHeader, "signatureHeader");
  }
}
