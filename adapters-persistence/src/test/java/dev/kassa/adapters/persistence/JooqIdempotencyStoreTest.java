package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.contract.Race;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.idempotency.Claim;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL store adds to the contract: claims commit on their own connection. */
class JooqIdempotencyStoreTest {

  private final JooqPorts ports =
      JooqPorts.over(TestDatabase.dataSource(), JooqPortsUnderTest.CLOCK);
  private final UserId owner = newOwner();
  private final IdempotencyKey key = new IdempotencyKey("key-" + UUID.randomUUID());

  @Test
  void claimSurvivesTheRollbackOfASurroundingUnitOfWork() {
    var now = TestTime.now();

    assertThatThrownBy(
            () ->
                ports
                    .transactions()
                    .run(
                        () -> {
                          ports.idempotency().claim(owner, key, "hash", now, now, now);
                          throw new IllegalStateException("effect failed");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(ports.idempotency().claim(owner, key, "hash", now, now, now))
        .isEqualTo(new Claim.InUse());
  }

  @Test
  void concurrentTakeoversOfAnAbandonedClaimGrantExactlyOne() {
    var start = TestTime.now();
    ports.idempotency().claim(owner, key, "hash", start, start, start);
    var later = start.plus(Duration.ofMinutes(5));

    var outcomes =
        Race.run(
            8,
            runner ->
                ports
                    .idempotency()
                    .claim(owner, key, "hash", later, later.minus(Duration.ofMinutes(2)), start));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().map(Race.Outcome::value).filter(Claim.Granted.class::isInstance))
        .hasSize(1);
    assertThat(outcomes.stream().map(Race.Outcome::value).filter(Claim.InUse.class::isInstance))
        .hasSize(7);
  }

  private UserId newOwner() {
    var user = aUser().build();
    ports.users().add(user);
    return user.id();
  }
}
