package dev.kassa.application.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.auth.AuthWorld;
import dev.kassa.application.auth.LogIn;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserFilter;
import dev.kassa.domain.user.UserStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {

  private final AuthWorld world = new AuthWorld();
  private final ListUsers listUsers =
      new ListUsers(world.ports().transactions(), world.ports().users());
  private final UpdateUser updateUser =
      new UpdateUser(
          world.ports().transactions(),
          world.ports().users(),
          world.ports().sessions(),
          world.ports().auditLog(),
          world.clock());

  private User update(Actor admin, Actor target, Role role, UserStatus status) {
    return updateUser.execute(admin, target.id(), new UpdateUser.Command(role, status));
  }

  @Test
  void disablingAUserRefusesItsTokenAtOnceAndItsLogins() {
    var admin = world.admin("root@example.com");
    var login = world.register("ann@example.com");
    var ann = new Actor(login.user().id(), Role.CUSTOMER);

    var disabled = update(admin, ann, null, UserStatus.DISABLED);

    assertThat(disabled.status()).isEqualTo(UserStatus.DISABLED);
    assertThatThrownBy(() -> world.authenticate().execute(login.accessToken().token()))
        .isInstanceOf(UnauthenticatedException.class);
    var logIn = new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, null);
    assertThatThrownBy(() -> world.logIn().execute(logIn))
        .isInstanceOf(UnauthenticatedException.class);

    update(admin, ann, null, UserStatus.ACTIVE);

    assertThat(world.logIn().execute(logIn).user().status()).isEqualTo(UserStatus.ACTIVE);
    assertThatThrownBy(() -> world.authenticate().execute(login.accessToken().token()))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void theLastActiveAdminCanBeNeitherDemotedNorDisabled() {
    var root = world.admin("root@example.com");

    for (var change :
        new UpdateUser.Command[] {
          new UpdateUser.Command(Role.CUSTOMER, null),
          new UpdateUser.Command(null, UserStatus.DISABLED)
        }) {
      assertThatThrownBy(() -> updateUser.execute(root, root.id(), change))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    }
    assertThat(world.user(root).isActiveAdmin()).isTrue();
  }

  @Test
  void anAdminCanBeDemotedWhileAnotherRemainsAndEachChangeIsAudited() {
    var root = world.admin("root@example.com");
    var second = world.admin("second@example.com");

    var demoted = update(root, second, Role.CUSTOMER, UserStatus.DISABLED);

    assertThat(demoted.role()).isEqualTo(Role.CUSTOMER);
    assertThat(world.audit(AuditTypes.ROLE_CHANGED))
        .filteredOn(
            event -> second.id().toString().equals(event.subjectId()) && event.actorId() != null)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actorId()).isEqualTo(root.id());
              assertThat(event.details()).isEqualTo(Map.of("from", "admin", "to", "customer"));
            });
    assertThat(world.audit(AuditTypes.USER_STATUS_CHANGED).getFirst().details())
        .isEqualTo(Map.of("from", "active", "to", "disabled"));
    assertThatThrownBy(() -> update(root, root, Role.CUSTOMER, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyAdminsListAndChangeUsers() {
    var ann = world.customer("ann@example.com");
    var bob = world.customer("bob@example.com");

    assertThatThrownBy(() -> update(ann, bob, Role.ADMIN, null))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> listUsers.execute(ann, UserFilter.all(), PageRequest.first(10)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(world.user(bob).role()).isEqualTo(Role.CUSTOMER);
  }

  @Test
  void listsUsersMatchingTheFilter() {
    var root = world.admin("root@example.com");
    var ann = world.customer("ann@example.com");
    world.customer("bob@example.com");
    update(root, ann, null, UserStatus.DISABLED);

    var disabled =
        listUsers.execute(
            root, new UserFilter(null, null, UserStatus.DISABLED), PageRequest.first(10));
    var byEmail =
        listUsers.execute(root, new UserFilter("BOB@", null, null), PageRequest.first(10));
    var admins =
        listUsers.execute(root, new UserFilter(null, Role.ADMIN, null), PageRequest.first(10));

    assertThat(disabled.items()).extracting(User::id).containsExactly(ann.id());
    assertThat(byEmail.items())
        .extracting(user -> user.email().value())
        .containsExactly("bob@example.com");
    assertThat(admins.items()).extracting(User::id).containsExactly(root.id());
  }
}
