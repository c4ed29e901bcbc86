package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.users.UpdateUser;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two admins demote each other at the same moment, many times over, on PostgreSQL: the lock on the
 * active admins lets exactly one win each time, so an active admin always remains.
 */
class LastAdminRaceTest {

  private static final int ROUNDS = 20;

  private final JooqPorts ports =
      JooqPorts.over(TestDatabase.freshDataSource(), JooqPortsUnderTest.CLOCK);
  private final UpdateUser updateUser =
      new UpdateUser(
          ports.transactions(),
          ports.users(),
          ports.sessions(),
          ports.auditLog(),
          JooqPortsUnderTest.CLOCK);

  @Test
  void twoConcurrentDemotionsOfTheLastTwoAdminsNeverBothWin() throws Exception {
    var first = aUser().withRole(Role.ADMIN).build();
    var second = aUser().withRole(Role.ADMIN).build();
    ports.transactions().run(() -> List.of(first, second).forEach(ports.users()::add));
    try (var pool = Executors.newFixedThreadPool(2)) {
      for (var round = 0; round < ROUNDS; round++) {
        var barrier = new CyclicBarrier(2);
        var outcomes = new ArrayList<Future<Boolean>>();
        outcomes.add(pool.submit(() -> demote(barrier, first, second)));
        outcomes.add(pool.submit(() -> demote(barrier, second, first)));
        var wins = 0;
        for (var outcome : outcomes) {
          wins += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertThat(wins).as("round %d", round).isEqualTo(1);
        assertThat(ports.transactions().inTransaction(() -> ports.users().lockActiveAdmins()))
            .hasSize(1);
        ports
            .transactions()
            .run(
                () ->
                    List.of(first, second)
                        .forEach(
                            admin ->
                                ports
                                    .users()
                                    .update(
                                        ports
                                            .users()
                                            .find(admin.id())
                                            .orElseThrow()
                                            .withRole(Role.ADMIN))));
      }
    }
  }

  /** {@code actor} demotes {@code target}; true when it won, false when refused as the last. */
  private boolean demote(CyclicBarrier barrier, User actor, User target) throws Exception {
    barrier.await(10, TimeUnit.SECONDS);
    try {
      updateUser.execute(
          new Actor(actor.id(), Role.ADMIN),
          target.id(),
          new UpdateUser.Command(Role.CUSTOMER, null));
      return true;
    } catch (ConflictException refused) {
      assertThat(refused.code()).isEqualTo("invalid_state_transition");
      return false;
    }
  }
}
