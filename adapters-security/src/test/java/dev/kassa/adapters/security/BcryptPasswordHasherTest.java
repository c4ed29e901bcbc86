package dev.kassa.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.kassa.domain.user.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BcryptPasswordHasherTest {

  private final BcryptPasswordHasher hasher =
      new BcryptPasswordHasher(BcryptPasswordHasher.MIN_COST);

  @Test
  void hashMatchesTheSamePassword() {
    var password = new Password("correct horse battery");

    assertThat(hasher.matches(password, hasher.hash(password))).isTrue();
  }

  @Test
  void hashDoesNotMatchAnotherPassword() {
    var hash = hasher.hash(new Password("correct horse battery"));

    assertThat(hasher.matches(new Password("correct horse batterz"), hash)).isFalse();
  }

  @Test
  void hashIsSaltedBcrypt2bWithTheConfiguredCost() {
    var password = new Password("correct horse battery");

    var first = hasher.hash(password);
    var second = hasher.hash(password);

    assertThat(first).startsWith("$2b$10$").hasSize(60).isNotEqualTo(second);
    assertThat(first).doesNotContain("correct");
  }

  @Test
  void defaultCostIsTwelve() {
    assertThat(new BcryptPasswordHasher().cost()).isEqualTo(12);
  }

  @Test
  void refusesACostBelowTen() {
    assertThatThrownBy(() -> new BcryptPasswordHasher(9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 10 and 31");
    assertThatThrownBy(() -> new BcryptPasswordHasher(32))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longPasswordsSharingA72BytePrefixDoNotCollide() {
    var prefix = "x".repeat(72);
    var first = new Password(prefix + "-first");
    var second = new Password(prefix + "-second");

    var hash = hasher.hash(first);

    assertThat(hasher.matches(first, hash)).isTrue();
    assertThat(hasher.matches(second, hash)).isFalse();
  }

  @Test
  void multiByteLongPasswordsAreHashedWhole() {
    var prefix = "пароль".repeat(10);
    var first = new Password(prefix + "один");
    var second = new Password(prefix + "два");

    var hash = hasher.hash(first);

    assertThat(hasher.matches(first, hash)).isTrue();
    assertThat(hasher.matches(second, hash)).isFalse();
  }

  @Test
  void longestAllowedPasswordRoundTrips() {
    var password = new Password("€".repeat(Password.MAX_LENGTH));

    assertThat(hasher.matches(password, hasher.hash(password))).isTrue();
  }

  @Test
  void hashOfTheRawPasswordDoesNotMatchBecauseInputsArePreHashed() {
    var password = new Password("correct horse battery");
    var raw = BCrypt.withDefaults().hashToString(10, password.value().toCharArray());

    assertThat(hasher.matches(password, raw)).isFalse();
  }

  @Test
  void hashMadeWithAHigherCostStillMatches() {
    var password = new Password("correct horse battery");
    var hash = new BcryptPasswordHasher(11).hash(password);

    assertThat(hasher.matches(password, hash)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a hash",
        "$2b$10$",
        "$2b$10$tooShort",
        "$2b$99$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "$9z$10$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "$2b$10$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
      })
  void malformedStoredHashNeverMatchesAndNeverThrows(String hash) {
    assertThat(hasher.matches(new Password("correct horse battery"), hash)).isFalse();
  }

  @Test
  void missingHashNeverMatches() {
    assertThat(hasher.matches(new Password("correct horse battery"), null)).isFalse();
  }
}
