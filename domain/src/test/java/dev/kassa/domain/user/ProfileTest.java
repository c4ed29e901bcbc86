package dev.kassa.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProfileTest {

  @Test
  void stripsNamesAndTurnsBlankOptionalFieldsIntoNull() {
    var profile = new Profile("  Ada ", " Lovelace ", null, "  ", "");

    assertThat(profile.firstName()).isEqualTo("Ada");
    assertThat(profile.lastName()).isEqualTo("Lovelace");
    assertThat(profile.phone()).isNull();
    assertThat(profile.address()).isNull();
  }

  @Test
  void requiresFirstAndLastNameAndReportsBoth() {
    assertThatThrownBy(() -> new Profile(" ", null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsEntry("firstName", "is required")
                    .containsEntry("lastName", "is required"));
  }

  @Test
  void refusesNamesOverOneHundredCharacters() {
    assertThat(new Profile("a".repeat(100), "b", null, null, null).firstName()).hasSize(100);
    assertThatThrownBy(() -> new Profile("a".repeat(101), "b", null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsEntry("firstName", "is too long"));
  }

  @Test
  void acceptsCommonPhoneShapesAndRefusesOthers() {
    assertThat(new Profile("A", "B", null, "+49 (30) 123-456", null).phone())
        .isEqualTo("+49 (30) 123-456");
    assertThatThrownBy(() -> new Profile("A", "B", null, "call me", null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("phone"));
    assertThatThrownBy(() -> new Profile("A", "B", null, "12", null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesAnAddressOverFiveHundredCharacters() {
    assertThatThrownBy(() -> new Profile("A", "B", null, null, "x".repeat(501)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("address"));
  }

  @Test
  void refusesImplausibleDatesOfBirth() {
    assertThat(new Profile("A", "B", LocalDate.of(1900, 1, 1), null, null).dateOfBirth())
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThatThrownBy(() -> new Profile("A", "B", LocalDate.of(1899, 12, 31), null, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("dateOfBirth"));
    assertThatThrownBy(
            () ->
                new Profile(
                    "A", "B", LocalDate.now(ZoneId.systemDefault()).plusDays(2), null, null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void withChangesKeepsWhatIsNotGiven() {
    var profile = new Profile("Ada", "Lovelace", LocalDate.of(1990, 12, 10), "+44 1", "London");
    var changed = profile.withChanges(null, "King", null, "Surrey");

    assertThat(changed)
        .isEqualTo(new Profile("Ada", "King", LocalDate.of(1990, 12, 10), "+44 1", "Surrey"));
  }
}
