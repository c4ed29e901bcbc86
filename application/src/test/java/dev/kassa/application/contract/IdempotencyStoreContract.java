package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.idempotency.Claim;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.idempotency.IdempotencyStore} adapter must do. Claims and
 * releases run outside a unit of work, completions inside one, as the use case calls them.
 */
public abstract class IdempotencyStoreContract extends PortContract {

  private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
  private static final Duration RETENTION = Duration.ofHours(24);
  private static final StoredResponse CREATED = new StoredResponse(201, "{\"id\":\"t-1\"}");

  private UserId owner;
  private IdempotencyKey key;
  private Instant t0;

  @BeforeEach
  void freshOwnerAndKey() {
    owner = newOwner();
    key = new IdempotencyKey("key-" + UUID.randomUUID());
    t0 = TestTime.now();
  }

  @Test
  void newKeyIsGranted() {
    assertThat(claim("hash-a", t0)).isEqualTo(new Claim.Granted());
  }

  @Test
  void keyInProgressIsInUseForTheSameRequest() {
    claim("hash-a", t0);

    assertThat(claim("hash-a", t0.plusSeconds(5))).isEqualTo(new Claim.InUse());
  }

  @Test
  void completedKeyReplaysItsResponse() {
    claim("hash-a", t0);
    complete(t0.plusSeconds(1));

    assertThat(claim("hash-a", t0.plusSeconds(60))).isEqualTo(new Claim.Replay(CREATED));
  }

  @Test
  void keyUsedWithAnotherRequestIsReusedWhateverItsState() {
    claim("hash-a", t0);
    assertThat(claim("hash-b", t0.plusSeconds(1))).isEqualTo(new Claim.Reused());

    complete(t0.plusSeconds(2));
    assertThat(claim("hash-b", t0.plusSeconds(3))).isEqualTo(new Claim.Reused());
    assertThat(claim("hash-b", t0.plus(RETENTION).plusSeconds(60))).isEqualTo(new Claim.Reused());
  }

  @Test
  void claimLeftInProgressTooLongIsTakenOver() {
    claim("hash-a", t0);
    var later = t0.plus(ABANDONED_AFTER).plusSeconds(1);

    assertThat(claim("hash-a", later)).isEqualTo(new Claim.Granted());
    assertThat(claim("hash-a", later.plusSeconds(1))).isEqualTo(new Claim.InUse());
  }

  @Test
  void claimExactlyAtTheAbandonLimitIsStillInUse() {
    claim("hash-a", t0);

    var atLimit =
        world.idempotency().claim(owner, key, "hash-a", t0.plusSeconds(300), t0, LONG_AGO);

    assertThat(atLimit).isEqualTo(new Claim.InUse());
  }

  @Test
  void expiredCompletionIsTakenOverAndOneAtTheLimitReplays() {
    claim("hash-a", t0);
    var completedAt = t0.plusSeconds(1);
    complete(completedAt);

    var atLimit =
        world.idempotency().claim(owner, key, "hash-a", t0.plusSeconds(9), LONG_AGO, completedAt);
    var expired =
        world
            .idempotency()
            .claim(owner, key, "hash-a", t0.plusSeconds(9), LONG_AGO, completedAt.plusMillis(1));

    assertThat(atLimit).isEqualTo(new Claim.Replay(CREATED));
    assertThat(expired).isEqualTo(new Claim.Granted());
    assertThat(claim("hash-a", t0.plusSeconds(10))).isEqualTo(new Claim.InUse());
  }

  @Test
  void releasedKeyMayBeClaimedAgain() {
    claim("hash-a", t0);

    world.idempotency().release(owner, key);

    assertThat(claim("hash-a", t0.plusSeconds(1))).isEqualTo(new Claim.Granted());
  }

  @Test
  void releaseKeepsACompletedResponse() {
    claim("hash-a", t0);
    complete(t0.plusSeconds(1));

    world.idempotency().release(owner, key);

    assertThat(claim("hash-a", t0.plusSeconds(2))).isEqualTo(new Claim.Replay(CREATED));
  }

  @Test
  void completionRolledBackWithItsUnitOfWorkLeavesTheKeyInProgress() {
    claim("hash-a", t0);
    var failure = new IllegalStateException("the effect failed");

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.idempotency().complete(owner, key, CREATED, t0.plusSeconds(1));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(claim("hash-a", t0.plusSeconds(2))).isEqualTo(new Claim.InUse());
  }

  @Test
  void keysBelongToTheirOwner() {
    claim("hash-a", t0);
    complete(t0.plusSeconds(1));
    var stranger = newOwner();

    var strangersClaim = world.idempotency().claim(stranger, key, "hash-b", t0, LONG_AGO, LONG_AGO);

    assertThat(strangersClaim).isEqualTo(new Claim.Granted());
  }

  @Test
  void concurrentClaimsOfANewKeyGrantExactlyOne() {
    var outcomes = Race.run(8, runner -> claim("hash-a", t0));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().map(Race.Outcome::value).filter(Claim.Granted.class::isInstance))
        .hasSize(1);
    assertThat(outcomes.stream().map(Race.Outcome::value).filter(Claim.InUse.class::isInstance))
        .hasSize(7);
  }

  @Test
  void purgeDeletesOnlyKeysCompletedBeforeTheCutoff() {
    var longAgo = Instant.parse("2001-02-03T04:05:06Z");
    var cutoff = longAgo.plusSeconds(10);
    var purged = key;
    var kept = new IdempotencyKey("kept-" + UUID.randomUUID());
    var pending = new IdempotencyKey("pending-" + UUID.randomUUID());
    world.idempotency().claim(owner, purged, "hash-a", longAgo, LONG_AGO, LONG_AGO);
    world.idempotency().claim(owner, kept, "hash-a", longAgo, LONG_AGO, LONG_AGO);
    world.idempotency().claim(owner, pending, "hash-a", longAgo, LONG_AGO, LONG_AGO);
    inTx(() -> world.idempotency().complete(owner, purged, CREATED, longAgo.plusSeconds(1)));
    inTx(() -> world.idempotency().complete(owner, kept, CREATED, cutoff));

    var count = world.idempotency().purge(cutoff);

    assertThat(count).isGreaterThanOrEqualTo(1);
    assertThat(world.idempotency().claim(owner, purged, "hash-b", t0, LONG_AGO, LONG_AGO))
        .isEqualTo(new Claim.Granted());
    assertThat(world.idempotency().claim(owner, kept, "hash-a", t0, LONG_AGO, LONG_AGO))
        .isEqualTo(new Claim.Replay(CREATED));
    assertThat(world.idempotency().claim(owner, pending, "hash-a", t0, LONG_AGO, LONG_AGO))
        .isEqualTo(new Claim.InUse());
  }

  /** Claims {@link #key} as the use case does, with its abandon and retention windows. */
  private Claim claim(String requestHash, Instant now) {
    return world
        .idempotency()
        .claim(owner, key, requestHash, now, now.minus(ABANDONED_AFTER), now.minus(RETENTION));
  }

  private void complete(Instant at) {
    inTx(() -> world.idempotency().complete(owner, key, CREATED, at));
  }
}
