package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.user.NotificationSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateProfileTest {

  private final AuthWorld world = new AuthWorld();

  @Test
  void changesOnlyTheGivenFields() {
    var ann = world.customer("ann@example.com");
    var before = world.user(ann).profile();

    var updated =
        world
            .updateProfile()
            .execute(ann, new UpdateProfile.Command(null, "Smith", null, "Elm 2", null, null));

    assertThat(updated.profile().firstName()).isEqualTo(before.firstName());
    assertThat(updated.profile().lastName()).isEqualTo("Smith");
    assertThat(updated.profile().phone()).isEqualTo(before.phone());
    assertThat(updated.profile().address()).isEqualTo("Elm 2");
    assertThat(updated.profile().dateOfBirth()).isEqualTo(before.dateOfBirth());
    assertThat(world.user(ann)).isEqualTo(updated);
  }

  @Test
  void turnsNotificationChannelsOnAndOffOneAtATime() {
    var ann = world.customer("ann@example.com");
    assertThat(world.user(ann).notifications()).isEqualTo(NotificationSettings.defaults());

    var updated =
        world
            .updateProfile()
            .execute(ann, new UpdateProfile.Command(null, null, null, null, false, null));

    assertThat(updated.notifications()).isEqualTo(new NotificationSettings(false, false));
    assertThat(updated.profile()).isEqualTo(world.user(ann).profile());
    assertThat(world.audit(AuditTypes.USER_PROFILE_UPDATED).getFirst().details())
        .isEqualTo(Map.of("fields", "notifications"));
  }

  @Test
  void aBlankPhoneClearsIt() {
    var ann = world.customer("ann@example.com");

    var updated =
        world
            .updateProfile()
            .execute(ann, new UpdateProfile.Command(null, null, " ", null, null, null));

    assertThat(updated.profile().phone()).isNull();
  }

  @Test
  void recordsWhichFieldsChangedButNotTheirValues() {
    var ann = world.customer("ann@example.com");

    world
        .updateProfile()
        .execute(ann, new UpdateProfile.Command("Anna", null, "+1 555 0100", null, null, null));

    var events = world.audit(AuditTypes.USER_PROFILE_UPDATED);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().actorId()).isEqualTo(ann.id());
    assertThat(events.getFirst().details()).isEqualTo(Map.of("fields", "firstName,phone"));
  }

  @Test
  void needsAtLeastOneField() {
    assertThatThrownBy(() -> new UpdateProfile.Command(null, null, null, null, null, null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesBlankNames() {
    assertThatThrownBy(() -> new UpdateProfile.Command(" ", "", null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("firstName", "lastName"));
  }

  @Test
  void anInvalidChangeLeavesTheProfileAsItWas() {
    var ann = world.customer("ann@example.com");
    var before = world.user(ann);

    assertThatThrownBy(
            () ->
                world
                    .updateProfile()
                    .execute(
                        ann,
                        new UpdateProfile.Command("Anna", null, "not a phone!", null, null, null)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("phone"));
    assertThat(world.user(ann)).isEqualTo(before);
    assertThat(world.audit(AuditTypes.USER_PROFILE_UPDATED)).isEmpty();
  }
}
