package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class RegisterUserTest {

  private final AuthWorld world = new AuthWorld();

  @Test
  void registersACustomerWithAHashedPasswordAndLogsThemIn() {
    var result =
        world
            .registerUser()
            .execute(
                new RegisterUser.Command(
                    " Ann.Lee@Example.COM ",
                    AuthWorld.PASSWORD,
                    " Ann ",
                    "Lee",
                    LocalDate.of(1990, 5, 17),
                    null,
                    "Main St 1"));

    var user = result.user();
    assertThat(user.email()).isEqualTo(new Email("ann.lee@example.com"));
    assertThat(user.role()).isEqualTo(Role.CUSTOMER);
    assertThat(user.profile().firstName()).isEqualTo("Ann");
    assertThat(user.passwordHash()).isNotEqualTo(AuthWorld.PASSWORD).startsWith("hashed:");
    assertThat(world.ports().users().findByEmail(user.email())).contains(user);
    assertThat(result.expiresInSeconds()).isEqualTo(15 * 60);
    var authenticated = world.authenticate().execute(result.accessToken().token());
    assertThat(authenticated.actor().id()).isEqualTo(user.id());
  }

  @Test
  void issuesAnOpaqueRefreshTokenAndStoresOnlyItsHash() {
    var result = world.register("ann@example.com");

    assertThat(result.refreshToken()).matches("[A-Za-z0-9_-]{43}");
    assertThat(world.ports().sessions().findRefreshToken(result.refreshToken())).isEmpty();
    var stored =
        world.ports().sessions().findRefreshToken(AuthWorld.sha256Hex(result.refreshToken()));
    assertThat(stored).isPresent();
    assertThat(stored.get().userId()).isEqualTo(result.user().id());
    assertThat(stored.get().expiresAt())
        .isEqualTo(world.clock().instant().plus(30, ChronoUnit.DAYS));
  }

  @Test
  void recordsTheRegistrationInTheAuditTrail() {
    var user = world.register("ann@example.com").user();

    var events = world.audit(AuditTypes.USER_REGISTERED);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().actorId()).isEqualTo(user.id());
    assertThat(events.getFirst().subjectId()).isEqualTo(user.id().toString());
  }

  @Test
  void refusesAnEmailThatIsTakenInAnyLetterCase() {
    world.register("ann@example.com");

    assertThatThrownBy(() -> world.register("ANN@Example.com"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email_taken"));
    assertThat(world.ports().users().page(PageRequest.defaults()).total()).isEqualTo(1);
    assertThat(world.audit(AuditTypes.USER_REGISTERED)).hasSize(1);
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    assertThatThrownBy(
            () ->
                new RegisterUser.Command(
                    "not-an-email",
                    "short",
                    " ",
                    null,
                    LocalDate.now(ZoneId.systemDefault()).plusDays(2),
                    "call me",
                    null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys(
                        "email", "password", "firstName", "lastName", "dateOfBirth", "phone"));
  }

  @Test
  void neverPrintsThePasswordOrTheTokens() {
    var command =
        new RegisterUser.Command(
            "ann@example.com", AuthWorld.PASSWORD, "Ann", "Lee", null, null, null);
    var result = world.registerUser().execute(command);

    assertThat(command.toString()).doesNotContain(AuthWorld.PASSWORD);
    assertThat(result.toString())
        .doesNotContain(result.refreshToken())
        .doesNotContain(result.accessToken().token())
        .doesNotContain(result.user().passwordHash());
  }
}
