package dev.kassa.bootstrap;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.user.UserId;
import dev.kassa.embedded.EmbeddedKassa;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaintenanceTest {

  // The sweeper only has to run while the test waits.
  @SuppressWarnings("try")
  @Test
  void expiredHoldsAreReleasedByTheSweeperAndLiveOnesAreKept() throws InterruptedException {
    var clock = Clock.systemUTC();
    var storage = InMemoryPorts.create(clock);
    var account = anAccount().ownedBy(UserId.newId()).build();
    storage.transactions().run(() -> storage.accounts().add(account));
    new LedgerFixture(storage.transactions(), storage.accounts(), storage.ledger())
        .deposit(account.id(), eur(100, 0));
    var now = clock.instant();
    var reference = new Reference("order", UUID.randomUUID());
    var expired =
        storage
            .ledger()
            .placeHold(
                account.id(),
                eur(10, 0),
                reference,
                "due",
                now.minusSeconds(7200),
                now.minusSeconds(3600));
    var live =
        storage
            .ledger()
            .placeHold(account.id(), eur(5, 0), reference, "later", now, now.plusSeconds(3600));

    try (var maintenance =
        new Maintenance(
            EmbeddedKassa.over(storage, clock),
            clock,
            Duration.ofMillis(20),
            Duration.ofHours(1))) {
      for (int i = 0;
          i < 250
              && storage.ledger().hold(expired.id()).orElseThrow().status() == HoldStatus.PENDING;
          i++) {
        Thread.sleep(20);
      }
    }

    assertThat(storage.ledger().hold(expired.id()).orElseThrow().status())
        .isEqualTo(HoldStatus.EXPIRED);
    assertThat(storage.ledger().hold(live.id()).orElseThrow().status())
        .isEqualTo(HoldStatus.PENDING);
    assertThat(storage.accounts().find(account.id()).orElseThrow().held()).isEqualTo(500);
  }
}
