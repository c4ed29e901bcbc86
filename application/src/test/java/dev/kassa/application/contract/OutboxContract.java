package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import dev.kassa.domain.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.event.Outbox} adapter must do. */
public abstract class OutboxContract extends PortContract {

  private static DomainEvent event(EventType type, String subject) {
    var data = new LinkedHashMap<String, Object>();
    data.put("accountId", subject);
    data.put("amount", 1999L);
    data.put("currency", "EUR");
    data.put("frozen", true);
    data.put("description", null);
    data.put("lines", List.of(Map.of("sku", "MUG-1", "quantity", 2L)));
    return DomainEvent.of(type, subject, TestTime.now(), data);
  }

  private static String newSubject() {
    return UUID.randomUUID().toString();
  }

  @Test
  void appendedEventsReadBackAsAppendedWithSequencesFromOne() {
    var subject = newSubject();
    var opened = event(EventType.ACCOUNT_OPENED, subject);
    var frozen = event(EventType.ACCOUNT_FROZEN, subject);

    var first = inTx(() -> world.outbox().append(opened));
    var second = inTx(() -> world.outbox().append(frozen));

    assertThat(first).isEqualTo(new StoredEvent(opened, 1));
    assertThat(second).isEqualTo(new StoredEvent(frozen, 2));
    assertThat(world.outbox().find(opened.id())).contains(first);
    assertThat(world.outbox().bySubject(subject)).containsExactly(first, second);
  }

  @Test
  void theFirstEventOfANewSubjectIsSequenceOneAndTheNextFollowsIt() {
    var subject = newSubject();
    var opened = event(EventType.TRANSFER_COMPLETED, subject);
    var later = event(EventType.ACCOUNT_FROZEN, subject);

    var first = inTx(() -> world.outbox().appendFirst(opened));
    var second = inTx(() -> world.outbox().append(later));

    assertThat(first).isEqualTo(new StoredEvent(opened, 1));
    assertThat(second).isEqualTo(new StoredEvent(later, 2));
    assertThat(world.outbox().bySubject(subject)).containsExactly(first, second);
  }

  @Test
  void aFirstEventOfASubjectThatHasEventsAlreadyGetsItsNextSequence() {
    var subject = newSubject();
    var earlier = inTx(() -> world.outbox().append(event(EventType.ACCOUNT_OPENED, subject)));

    var claimedFirst =
        inTx(() -> world.outbox().appendFirst(event(EventType.TRANSFER_COMPLETED, subject)));

    assertThat(claimedFirst.sequence()).isEqualTo(2);
    assertThat(world.outbox().bySubject(subject)).containsExactly(earlier, claimedFirst);
  }

  @Test
  void concurrentAppendsForOneSubjectGetEverySequenceOnce() {
    var subject = newSubject();
    var appends = 8;

    var outcomes =
        Race.run(
            appends,
            runner ->
                inTx(() -> world.outbox().append(event(EventType.TRANSACTION_POSTED, subject))));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(world.outbox().bySubject(subject))
        .extracting(StoredEvent::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, appends).boxed().toList());
  }

  @Test
  void rolledBackAppendLeavesNothingAndGivesItsSequenceBack() {
    var subject = newSubject();
    var lost = event(EventType.ACCOUNT_OPENED, subject);

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.outbox().append(lost);
                      throw new IllegalStateException("the change fails after its event");
                    }))
        .isInstanceOf(IllegalStateException.class);
    var kept = inTx(() -> world.outbox().append(event(EventType.ACCOUNT_OPENED, subject)));

    assertThat(world.outbox().find(lost.id())).isEmpty();
    assertThat(kept.sequence()).isEqualTo(1);
    assertThat(world.outbox().bySubject(subject)).containsExactly(kept);
  }

  @Test
  void anEventIsAppendedOnce() {
    var once = event(EventType.CARD_ISSUED, newSubject());
    inTx(() -> world.outbox().append(once));

    assertThatThrownBy(() -> inTx(() -> world.outbox().append(once)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagesListNewestFirstAndFilterByTypeAndSubject() {
    var subject = newSubject();
    var other = newSubject();
    var placed = inTx(() -> world.outbox().append(event(EventType.ORDER_PLACED, subject)));
    var paid = inTx(() -> world.outbox().append(event(EventType.ORDER_PAID, subject)));
    var elsewhere = inTx(() -> world.outbox().append(event(EventType.ORDER_PAID, other)));

    var ofSubject = world.outbox().page(new EventFilter(null, subject), PageRequest.first(10));
    var paidOfSubject =
        world.outbox().page(new EventFilter(EventType.ORDER_PAID, subject), PageRequest.first(10));
    var newest = world.outbox().page(EventFilter.all(), PageRequest.first(2));
    var allPaid =
        allPages(
            request -> world.outbox().page(new EventFilter(EventType.ORDER_PAID, null), request));

    assertThat(ofSubject.items()).containsExactly(paid, placed);
    assertThat(ofSubject.total()).isEqualTo(2);
    assertThat(paidOfSubject.items()).containsExactly(paid);
    assertThat(newest.items()).containsExactly(elsewhere, paid);
    assertThat(allPaid).contains(paid, elsewhere).doesNotContain(placed);
    assertThat(allPaid).allMatch(stored -> stored.type() == EventType.ORDER_PAID);
  }

  @Test
  void theTraceOfTheAppendingWorkIsKeptWithItsEvent() {
    var subject = newSubject();
    var traced = event(EventType.ORDER_PLACED, subject);
    var tracedWithoutState = event(EventType.ORDER_PAID, subject);
    var untraced = event(EventType.ORDER_SHIPPED, subject);
    var trace =
        new TraceContext(
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "kassa=t61rcWkgMzE");
    var withoutState =
        new TraceContext("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00", "");

    var first = inTx(() -> world.outbox().append(traced, Optional.of(trace)));
    var second = inTx(() -> world.outbox().append(tracedWithoutState, Optional.of(withoutState)));
    var third = inTx(() -> world.outbox().append(untraced));

    assertThat(first).isEqualTo(new StoredEvent(traced, 1, Optional.of(trace)));
    assertThat(second.trace()).contains(withoutState);
    assertThat(third.trace()).isEmpty();
    assertThat(world.outbox().find(traced.id())).contains(first);
    assertThat(world.outbox().bySubject(subject)).containsExactly(first, second, third);
    assertThat(world.outbox().page(new EventFilter(null, subject), PageRequest.first(10)).items())
        .containsExactly(third, second, first);
  }
}
