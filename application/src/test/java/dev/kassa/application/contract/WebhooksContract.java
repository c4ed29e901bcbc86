package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.webhook.DeliveryStatus;
import dev.kassa.domain.webhook.EndpointEvents;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookDeliveryId;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpointId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.webhook.WebhookEndpoints} and {@link
 * dev.kassa.domain.webhook.WebhookDeliveries} adapter must do: store endpoints as given (their
 * secrets sealed, as they come), keep every attempt in order, and forget an endpoint's attempts
 * with it.
 */
public abstract class WebhooksContract extends PortContract {

  @Test
  void endpointIsStoredAsGivenAndUpdatedUnderItsLock() {
    var endpoint = newEndpoint(List.of("order.paid", "refund.issued"));
    var rotated = endpoint.rotated("sealed-2", endpoint.createdAt().plusSeconds(1));

    inTx(
        () -> {
          var locked = world.webhookEndpoints().lock(endpoint.id()).orElseThrow();
          world.webhookEndpoints().update(locked.rotated("sealed-2", rotated.updatedAt()));
        });

    assertThat(world.webhookEndpoints().find(endpoint.id())).contains(rotated);
    assertThat(world.webhookEndpoints().find(WebhookEndpointId.newId())).isEmpty();
  }

  @Test
  void updatingAnUnknownEndpointIsNotFound() {
    var never = WebhookEndpoint.open("https://example.com/h", all(), null, "s", TestTime.now());

    assertThatThrownBy(() -> inTx(() -> world.webhookEndpoints().update(never)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void enabledListsOnlyEnabledEndpoints() {
    var on = newEndpoint(List.of("*"));
    var off = newEndpoint(List.of("*"));
    var disabled = off.changed(null, null, false, null, off.updatedAt());
    inTx(() -> world.webhookEndpoints().update(disabled));

    var ids = world.webhookEndpoints().enabled().stream().map(WebhookEndpoint::id).toList();

    assertThat(ids).contains(on.id()).doesNotContain(off.id());
    assertThat(world.webhookEndpoints().page(PageRequest.first(100)).items())
        .contains(on, disabled);
  }

  @Test
  void attemptsAreKeptInOrderAndPagedNewestFirst() {
    var endpoint = newEndpoint(List.of("*"));
    var event = EventId.newId();
    var first = attempt(endpoint, event, 1, DeliveryStatus.FAILED);
    var second = attempt(endpoint, event, 2, DeliveryStatus.DELIVERED);
    var other = attempt(endpoint, EventId.newId(), 1, DeliveryStatus.DELIVERED);

    assertThat(world.webhookDeliveries().attempts(endpoint.id(), event))
        .containsExactly(first, second);
    assertThat(world.webhookDeliveries().page(endpoint.id(), PageRequest.first(10)).items())
        .containsExactly(other, second, first);
    assertThat(world.webhookDeliveries().find(endpoint.id(), first.id())).contains(first);
    assertThat(world.webhookDeliveries().find(newEndpoint(List.of("*")).id(), first.id()))
        .isEmpty();
  }

  @Test
  void answerIsKeptToItsFirstKilobyte() {
    var endpoint = newEndpoint(List.of("*"));
    var delivery =
        new WebhookDelivery(
            WebhookDeliveryId.newId(),
            endpoint.id(),
            EventId.newId(),
            "order.paid",
            1,
            DeliveryStatus.FAILED,
            500,
            12,
            "x".repeat(5000),
            "boom",
            TestTime.now());
    inTx(() -> world.webhookDeliveries().record(delivery));

    var stored = world.webhookDeliveries().find(endpoint.id(), delivery.id()).orElseThrow();

    assertThat(stored.responseBody()).hasSize(WebhookDelivery.MAX_BODY_CHARS);
    assertThat(stored).isEqualTo(delivery);
  }

  @Test
  void removingAnEndpointRemovesItsAttempts() {
    var endpoint = newEndpoint(List.of("*"));
    var delivery = attempt(endpoint, EventId.newId(), 1, DeliveryStatus.DELIVERED);

    var removed = inTx(() -> world.webhookEndpoints().remove(endpoint.id()));
    var again = inTx(() -> world.webhookEndpoints().remove(endpoint.id()));

    assertThat(removed).isTrue();
    assertThat(again).isFalse();
    assertThat(world.webhookEndpoints().find(endpoint.id())).isEmpty();
    assertThat(world.webhookDeliveries().find(endpoint.id(), delivery.id())).isEmpty();
  }

  @Test
  void rolledBackAddLeavesNothing() {
    var endpoint = WebhookEndpoint.open("https://example.com/h", all(), "d", "s", TestTime.now());

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.webhookEndpoints().add(endpoint);
                      throw new IllegalStateException("rollback");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(world.webhookEndpoints().find(endpoint.id())).isEmpty();
  }

  private WebhookEndpoint newEndpoint(List<String> events) {
    var endpoint =
        WebhookEndpoint.open(
            "https://example.com/hooks",
            EndpointEvents.of(events),
            "desc",
            "sealed-1",
            TestTime.now());
    inTx(() -> world.webhookEndpoints().add(endpoint));
    return endpoint;
  }

  private WebhookDelivery attempt(
      WebhookEndpoint endpoint, EventId event, int attempt, DeliveryStatus status) {
    var delivery =
        new WebhookDelivery(
            WebhookDeliveryId.newId(),
            endpoint.id(),
            event,
            "order.paid",
            attempt,
            status,
            status == DeliveryStatus.DELIVERED ? 204 : null,
            40,
            status == DeliveryStatus.DELIVERED ? "ok" : null,
            status == DeliveryStatus.DELIVERED ? null : "timed out",
            TestTime.now());
    inTx(() -> world.webhookDeliveries().record(delivery));
    return delivery;
  }

  private static EndpointEvents all() {
    return EndpointEvents.of(List.of("*"));
  }
}
