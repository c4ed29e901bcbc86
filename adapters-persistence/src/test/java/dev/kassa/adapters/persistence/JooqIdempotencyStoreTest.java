package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.idempotency.Idempotency;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** What PostgreSQL adds to the contract: a held key answers at once, a dead one frees at once. */
class JooqIdempotencyStoreTest {

  private static final StoredResponse CREATED = new StoredResponse(201, "{\"id\":\"t-1\"}");

  private final JooqPorts ports =
      JooqPorts.over(TestDatabase.dataSource(), JooqPortsUnderTest.CLOCK);
  private final Idempotency idempotency =
      new Idempotency(ports.transactions(), ports.idempotency(), JooqPortsUnderTest.CLOCK);
  private final Idempotency.Request request =
      new Idempotency.Request(newOwner(), new IdempotencyKey("key-" + UUID.randomUUID()), "hash-a");
  private final AtomicInteger effects = new AtomicInteger();
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void aDuplicateOfARunningRequestIsInUseAtOnceInsteadOfWaiting() throws Exception {
    var first = CompletableFuture.supplyAsync(() -> idempotency.run(request, this::holdTheKey));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    var started = System.nanoTime();
    assertThatThrownBy(() -> idempotency.run(request, this::effect))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_in_use"));
    var waited = Duration.ofNanos(System.nanoTime() - started);
    release.countDown();

    assertThat(waited).isLessThan(Duration.ofSeconds(1));
    assertThat(first.get(10, TimeUnit.SECONDS).replayed()).isFalse();
    assertThat(idempotency.run(request, this::effect).replayed()).isTrue();
    assertThat(effects).hasValue(1);
  }

  @Test
  void aKeyWhoseTransactionRolledBackIsFreeAtOnce() {
    assertThatThrownBy(
            () ->
                idempotency.run(
                    request,
                    () -> {
                      effect();
                      throw new IllegalStateException("the request died");
                    }))
        .hasMessage("the request died");

    var retry = idempotency.run(request, this::effect);

    assertThat(retry.replayed()).isFalse();
    assertThat(effects).hasValue(2);
  }

  @Test
  void aKeyHeldByAConnectionThatWasKilledIsFreeAtOnce() throws Exception {
    var first = CompletableFuture.supplyAsync(() -> idempotency.run(request, this::holdTheKey));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(terminateTheHolderOfTheKey()).isEqualTo(1);
    var retry = idempotency.run(request, this::effect);
    release.countDown();

    assertThat(retry.replayed()).isFalse();
    var firstAnsweredTwice = first.handle((outcome, died) -> died == null && !outcome.replayed());
    assertThat(firstAnsweredTwice.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(idempotency.run(request, this::effect).replayed()).isTrue();
    assertThat(effects).hasValue(2);
  }

  @Test
  void aDuplicateOfAStepwiseRequestStillFinishingIsInUseAtOnce() throws Exception {
    var first = CompletableFuture.supplyAsync(() -> idempotency.runInSteps(request, steps(true)));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> idempotency.runInSteps(request, steps(false)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_in_use"));
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS).replayed()).isFalse();
    assertThat(idempotency.runInSteps(request, steps(false)).replayed()).isTrue();
    assertThat(effects).hasValue(1);
  }

  @Test
  void aStepwiseRequestWhoseHolderDiedIsResumedAtOnceFromItsRecoveryPoint() throws Exception {
    var first = CompletableFuture.supplyAsync(() -> idempotency.runInSteps(request, steps(true)));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(terminateTheHolderOfTheKey()).isEqualTo(1);
    var resumed = idempotency.runInSteps(request, steps(false));
    release.countDown();
    first.handle((outcome, died) -> outcome).get(10, TimeUnit.SECONDS);

    assertThat(resumed.replayed()).isFalse();
    assertThat(resumed.response().body()).isEqualTo("finished point-1");
    assertThat(effects).hasValue(1);
  }

  /** Steps whose first part counts an effect and whose rest may wait for the test's word. */
  private Idempotency.Steps steps(boolean waitBeforeFinishing) {
    return new Idempotency.Steps() {
      @Override
      public String begin() {
        return "point-" + effects.incrementAndGet();
      }

      @Override
      public Idempotency.Finish finish(String recoveryPoint) {
        if (waitBeforeFinishing) {
          held.countDown();
          awaitRelease();
        }
        return new Idempotency.Finish.Answered(
            new StoredResponse(201, "finished " + recoveryPoint));
      }
    };
  }

  private void awaitRelease() {
    try {
      assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private StoredResponse holdTheKey() {
    var response = effect();
    held.countDown();
    awaitRelease();
    return response;
  }

  private StoredResponse effect() {
    effects.incrementAndGet();
    return CREATED;
  }

  /**
   * Kills the backend holding the key's advisory lock, as a crashed server's would die, and waits
   * until it is gone (termination is asynchronous).
   */
  private int terminateTheHolderOfTheKey() throws InterruptedException {
    var killed = holdersOfTheKey("pg_terminate_backend(pid)");
    var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (holdersOfTheKey("pid") > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return killed;
  }

  private int holdersOfTheKey(String select) {
    var id = JooqIdempotencyStore.lockId(request.owner(), request.key());
    return DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES)
        .fetch(
            "select "
                + select
                + " from pg_locks where locktype = 'advisory'"
                + " and classid::bigint = ? and objid::bigint = ? and objsubid = 1 and granted",
            id >>> 32,
            id & 0xFFFFFFFFL)
        .size();
  }

  private UserId newOwner() {
    var user = aUser().build();
    ports.users().add(user);
    return user.id();
  }
}
