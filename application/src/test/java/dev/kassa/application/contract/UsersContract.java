package dev.kassa.application.contract;

import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.application.testdata.UserBuilder;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.user.Users} adapter must do. */
public abstract class UsersContract extends PortContract {

  @Test
  void addedUserIsFoundByIdAndByEmail() {
    var user = aUser().build();

    inTx(() -> world.users().add(user));

    assertThat(world.users().find(user.id())).contains(user);
    assertThat(world.users().findByEmail(user.email())).contains(user);
  }

  @Test
  void emailLookupIgnoresCase() {
    var email = UserBuilder.freshMixedCaseEmail();
    var user = aUser().withEmail(email).build();
    inTx(() -> world.users().add(user));

    var shouted = new Email(email.toUpperCase(Locale.ROOT));

    assertThat(world.users().findByEmail(shouted)).contains(user);
  }

  @Test
  void registeringAnEmailTakenInAnyCaseFails() {
    var email = UserBuilder.freshMixedCaseEmail();
    var first = aUser().withEmail(email).build();
    var second = aUser().withEmail(email.toUpperCase(Locale.ROOT)).build();
    inTx(() -> world.users().add(first));

    assertThatThrownBy(() -> inTx(() -> world.users().add(second)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
    assertThat(world.users().find(second.id())).isEmpty();
    assertThat(world.users().findByEmail(first.email())).contains(first);
  }

  @Test
  void concurrentRegistrationsOfOneEmailLetExactlyOneWin() {
    var email = UserBuilder.freshMixedCaseEmail();

    var outcomes =
        Race.run(
            8,
            runner -> {
              var user = aUser().withEmail(email).build();
              inTx(() -> world.users().add(user));
              return user.id();
            });

    var winners = outcomes.stream().filter(Race.Outcome::succeeded).toList();
    assertThat(winners).hasSize(1);
    assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()))
        .allSatisfy(
            loser ->
                assertThat(loser.failure())
                    .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("email_taken")));
    assertThat(world.users().findByEmail(new Email(email)))
        .map(User::id)
        .contains(winners.getFirst().value());
  }

  @Test
  void updateReplacesProfileRoleAndPasswordHash() {
    var user = aUser().build();
    inTx(() -> world.users().add(user));
    var changed =
        user.withProfile(new Profile("Grace", "Hopper", LocalDate.of(1986, 12, 9), null, null))
            .withRole(Role.ADMIN)
            .withPasswordHash("$2a$10$anotheranotheranotheranotheranotheranotheranotherano");

    inTx(() -> world.users().update(changed));

    assertThat(world.users().find(user.id())).contains(changed);
    assertThat(world.users().findByEmail(user.email())).contains(changed);
  }

  @Test
  void pageListsUsersOldestFirst() {
    var base = TestTime.now();
    var middle = aUser().createdAt(base.plusSeconds(1)).build();
    var newest = aUser().createdAt(base.plusSeconds(2)).build();
    var oldest = aUser().createdAt(base).build();
    inTx(
        () -> {
          world.users().add(middle);
          world.users().add(newest);
          world.users().add(oldest);
        });
    var mine = Set.of(oldest.id(), middle.id(), newest.id());

    var all = allPages(world.users()::page);

    assertThat(all).extracting(User::createdAt).isSorted();
    assertThat(all.stream().map(User::id).filter(mine::contains))
        .containsExactly(oldest.id(), middle.id(), newest.id());
  }

  @Test
  void pageHonoursItsWindowAndCountsTheWholeList() {
    inTx(
        () -> {
          for (int i = 0; i < 3; i++) {
            world.users().add(aUser().build());
          }
        });

    var first = world.users().page(new PageRequest(2, 0));
    var second = world.users().page(new PageRequest(2, 1));

    assertThat(first.items()).hasSize(2);
    assertThat(first.total()).isGreaterThanOrEqualTo(3);
    assertThat(first.limit()).isEqualTo(2);
    assertThat(first.offset()).isZero();
    assertThat(second.items().getFirst()).isEqualTo(first.items().get(1));
  }

  @Test
  void unknownUserIsNotFound() {
    assertThat(world.users().find(UserId.newId())).isEmpty();
    assertThat(world.users().findByEmail(aUser().build().email())).isEmpty();
  }
}
