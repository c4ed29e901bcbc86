package dev.kassa.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningSecretsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void previousSecretSignsBesideTheNewOneFor24Hours() {
    var rotated = SigningSecrets.of("old").rotate("new", NOW);

    assertThat(rotated.signing(NOW)).containsExactly("new", "old");
    assertThat(rotated.signing(NOW.plus(Duration.ofHours(24)).minusSeconds(1)))
        .containsExactly("new", "old");
    assertThat(rotated.signing(NOW.plus(Duration.ofHours(24)))).containsExactly("new");
  }

  @Test
  void secondRotationDropsTheOldest() {
    var twice = SigningSecrets.of("a").rotate("b", NOW).rotate("c", NOW.plusSeconds(60));

    assertThat(twice.signing(NOW.plusSeconds(60))).containsExactly("c", "b");
  }

  @Test
  void generatedSecretsAreRandomAndMarked() {
    assertThat(SigningSecrets.generate())
        .matches("whsec_[0-9a-f]{64}")
        .isNotEqualTo(SigningSecrets.generate());
  }
}
