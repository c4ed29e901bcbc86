package dev.kassa.application.contract;

import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.application.testdata.UserBuilder;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.NotificationSettings;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserFilter;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.UserStatus;
import java.time.LocalDate;
import java.util.List;
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
  void theUsersAmongIdsAreFoundTogetherAndUnknownIdsAreLeftOut() {
    var one = aUser().build();
    var two = aUser().build();
    var unknown = UserId.newId();
    inTx(
        () -> {
          world.users().add(one);
          world.users().add(two);
        });

    var found = world.users().findAll(List.of(two.id(), unknown, one.id()));

    assertThat(found).containsOnly(entry(one.id(), one), entry(two.id(), two));
    assertThat(world.users().findAll(List.of())).isEmpty();
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

  @Test
  void statusAndNotificationSettingsAreStoredAndUpdated() {
    var user = aUser().build();
    inTx(() -> world.users().add(user));
    assertThat(world.users().find(user.id()).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(world.users().find(user.id()).orElseThrow().notifications())
        .isEqualTo(NotificationSettings.defaults());

    var changed =
        user.withStatus(UserStatus.DISABLED)
            .withNotifications(new NotificationSettings(false, true));
    inTx(() -> world.users().update(changed));

    assertThat(world.users().find(user.id())).contains(changed);
  }

  @Test
  void searchMatchesEmailOrNamesIgnoringCaseAndFiltersByRoleAndStatus() {
    var marker = "Zq" + Long.toString(System.nanoTime(), 36);
    var base = TestTime.now();
    var byName =
        aUser()
            .withProfile(new Profile(marker + "ine", "Curie", null, null, null))
            .createdAt(base)
            .build();
    var byEmail =
        aUser()
            .withEmail(marker.toLowerCase(Locale.ROOT) + "@kassa.test")
            .createdAt(base.plusSeconds(1))
            .build();
    var disabledAdmin =
        aUser()
            .createdAt(base.plusSeconds(2))
            .withRole(Role.ADMIN)
            .withStatus(UserStatus.DISABLED)
            .withProfile(new Profile("Ada", marker, null, null, null))
            .build();
    inTx(
        () -> {
          world.users().add(byName);
          world.users().add(byEmail);
          world.users().add(disabledAdmin);
        });
    var page = PageRequest.first(PageRequest.MAX_LIMIT);

    assertThat(ids(new UserFilter(marker.toUpperCase(Locale.ROOT), null, null), page))
        .containsExactly(byName.id(), byEmail.id(), disabledAdmin.id());
    assertThat(ids(new UserFilter(marker, Role.ADMIN, null), page))
        .containsExactly(disabledAdmin.id());
    assertThat(ids(new UserFilter(marker, Role.CUSTOMER, UserStatus.ACTIVE), page))
        .containsExactly(byName.id(), byEmail.id());
    assertThat(ids(new UserFilter(marker + "%", null, null), page)).isEmpty();
    assertThat(world.users().search(new UserFilter(marker, null, null), page).total()).isEqualTo(3);
  }

  @Test
  void lockingTheActiveAdminsGivesTheirIdsInOrderAndNoOneElse() {
    var admins =
        java.util.stream.Stream.generate(() -> aUser().withRole(Role.ADMIN).build())
            .limit(3)
            .toList();
    var disabledAdmin = aUser().withRole(Role.ADMIN).withStatus(UserStatus.DISABLED).build();
    var customer = aUser().build();
    inTx(
        () -> {
          admins.forEach(world.users()::add);
          world.users().add(disabledAdmin);
          world.users().add(customer);
        });

    var locked = inTx(() -> world.users().lockActiveAdmins());

    assertThat(locked).isSorted().doesNotHaveDuplicates();
    assertThat(locked).containsAll(admins.stream().map(User::id).toList());
    assertThat(locked).doesNotContain(disabledAdmin.id(), customer.id());
  }

  private java.util.List<UserId> ids(UserFilter filter, PageRequest page) {
    return world.users().search(filter, page).items().stream().map(User::id).toList();
  }
}
