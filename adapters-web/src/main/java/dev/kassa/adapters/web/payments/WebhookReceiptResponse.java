package dev.kassa.adapters.web.payments;

import dev.kassa.application.payments.ReceiveProviderEvent;

/**
 * The answer to a provider's webhook whose signature was good: the event's id, what Kassa did with
 * it ({@code applied}, {@code ignored}...), and whether it was a redelivery of an event received
 * before, which changes nothing.
 */
public record WebhookReceiptResponse(
    boolean received, String eventId, String outcome, boolean duplicate) {

  public static WebhookReceiptResponse from(ReceiveProviderEvent.Receipt receipt) {
    return new WebhookReceiptResponse(
        true, receipt.eventId(), receipt.outcome().code(), receipt.duplicate());
  }
}
