package dev.kassa.application.ledger;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpireHoldsTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryPorts storage = InMemoryPorts.create(clock);
  private final ExpireHolds expireHolds =
      new ExpireHolds(storage.transactions(), storage.ledger(), storage.outbox(), clock);

  @Test
  void expiresTheHoldsDueByTheClockAndKeepsTheOthers() {
    var account = anAccount().ownedBy(UserId.newId()).build();
    storage.transactions().run(() -> storage.accounts().add(account));
    new LedgerFixture(storage.transactions(), storage.accounts(), storage.ledger())
        .deposit(account.id(), eur(100));
    var reference = new Reference("order", UUID.randomUUID());
    var ledger = storage.ledger();
    var due = ledger.placeHold(account.id(), eur(10), reference, "due", NOW.minusSeconds(60), NOW);
    var live =
        ledger.placeHold(
            account.id(), eur(5), reference, "later", NOW.minusSeconds(60), NOW.plusSeconds(1));

    assertThat(expireHolds.execute()).isEqualTo(1);

    assertThat(ledger.hold(due.id()).orElseThrow().status()).isEqualTo(HoldStatus.EXPIRED);
    assertThat(ledger.hold(live.id()).orElseThrow().status()).isEqualTo(HoldStatus.PENDING);
    assertThat(storage.accounts().find(account.id()).orElseThrow().held())
        .isEqualTo(eur(5).minor());
    assertThat(expireHolds.execute()).isZero();
    assertThat(ledger.verify().problems()).isEmpty();
  }

  @Test
  void eachExpiredHoldDeclaresOneEventAboutItsAccount() {
    var account = anAccount().ownedBy(UserId.newId()).build();
    storage.transactions().run(() -> storage.accounts().add(account));
    new LedgerFixture(storage.transactions(), storage.accounts(), storage.ledger())
        .deposit(account.id(), eur(100));
    var reference = new Reference("order", UUID.randomUUID());
    var due =
        storage
            .ledger()
            .placeHold(account.id(), eur(10), reference, "due", NOW.minusSeconds(60), NOW);

    expireHolds.execute();
    expireHolds.execute();

    var events = storage.outbox().bySubject(account.id().toString());
    assertThat(events).extracting(StoredEvent::type).containsExactly(EventType.HOLD_EXPIRED);
    assertThat(events.getFirst().event().data())
        .containsEntry("holdId", due.id().toString())
        .containsEntry("amount", eur(10).minor())
        .containsEntry("status", "expired");
  }
}
