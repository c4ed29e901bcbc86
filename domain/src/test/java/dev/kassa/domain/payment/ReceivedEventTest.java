package dev.kassa.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

  private static final Instant FIRST = Instant.parse("2025-03-01T10:00:00Z");

  private final ReceivedEvent event =
      ReceivedEvent.first(
          "simulated",
          new ProviderEvent("evt_1", ProviderEvent.SUCCEEDED, "pi_1", Money.of(500, "EUR"), FIRST),
          FIRST);

  @Test
  void aFirstDeliveryIsReceivedOnce() {
    assertThat(event.outcome()).isEqualTo(EventOutcome.RECEIVED);
    assertThat(event.deliveries()).isEqualTo(1);
    assertThat(event.lastReceivedAt()).isEqualTo(FIRST);
    assertThat(event.intentId()).isEqualTo("pi_1");
  }

  @Test
  void aRedeliveryIsCountedAndTheLastDeliveryNeverMovesBack() {
    var later = event.redelivered(FIRST.plusSeconds(60));
    var earlier = later.redelivered(FIRST.plusSeconds(30));

    assertThat(later.deliveries()).isEqualTo(2);
    assertThat(later.lastReceivedAt()).isEqualTo(FIRST.plusSeconds(60));
    assertThat(earlier.deliveries()).isEqualTo(3);
    assertThat(earlier.lastReceivedAt()).isEqualTo(FIRST.plusSeconds(60));
    assertThat(earlier.receivedAt()).isEqualTo(FIRST);
  }

  @Test
  void completingKeepsEverythingButTheOutcome() {
    var done = event.redelivered(FIRST.plusSeconds(5)).completed(EventOutcome.APPLIED);

    assertThat(done.outcome()).isEqualTo(EventOutcome.APPLIED);
    assertThat(done.deliveries()).isEqualTo(2);
    assertThat(done.id()).isEqualTo(event.id());
    assertThat(done.eventId()).isEqualTo("evt_1");
  }
}
