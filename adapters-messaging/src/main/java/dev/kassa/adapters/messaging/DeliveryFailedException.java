package dev.kassa.adapters.messaging;

/** A message the provider did not take; its message never holds a credential or the text sent. */
public final class DeliveryFailedException extends RuntimeException {

  DeliveryFailedException(String message) {
    super(message);
  }
}
