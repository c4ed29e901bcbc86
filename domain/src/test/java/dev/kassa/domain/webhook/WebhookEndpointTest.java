package dev.kassa.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final WebhookEndpoint endpoint =
      WebhookEndpoint.open(
          "https://example.com/hooks", EndpointEvents.of(List.of("order.paid")), null, "s", NOW);

  @Test
  void takesOnlyItsEventTypesWhileEnabled() {
    var all =
        WebhookEndpoint.open(
            "https://example.com", EndpointEvents.of(List.of("*")), null, "s", NOW);

    assertThat(endpoint.takes(EventType.ORDER_PAID)).isTrue();
    assertThat(endpoint.takes(EventType.REFUND_ISSUED)).isFalse();
    assertThat(all.takes(EventType.REFUND_ISSUED)).isTrue();
    assertThat(endpoint.changed(null, null, false, null, NOW).takes(EventType.ORDER_PAID))
        .isFalse();
  }

  @Test
  void failingTheStreakDisablesAndASuccessResetsIt() {
    var once = endpoint.failed(3, NOW).failed(3, NOW);
    var thrice = once.failed(3, NOW);

    assertThat(once.enabled()).isTrue();
    assertThat(once.succeeded(NOW).failureStreak()).isZero();
    assertThat(thrice.enabled()).isFalse();
    assertThat(thrice.failureStreak()).isEqualTo(3);
    var reenabled = thrice.changed(null, null, true, null, NOW);
    assertThat(reenabled.enabled()).isTrue();
    assertThat(reenabled.failureStreak()).isZero();
  }

  @Test
  void badUrlsAndEventTypesAreRefused() {
    for (var url : List.of("", "ftp://example.com", "https://user:pw@example.com", "/relative")) {
      assertThatThrownBy(() -> WebhookEndpoint.checkUrl(url))
          .as(url)
          .isInstanceOf(ValidationException.class);
    }
    assertThatThrownBy(() -> EndpointEvents.of(List.of("order.exploded")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> EndpointEvents.of(List.of())).isInstanceOf(ValidationException.class);
  }
}
