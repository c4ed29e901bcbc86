package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.user.PasswordResetToken;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.user.PasswordResetTokens} adapter must do. */
public abstract class PasswordResetTokensContract extends PortContract {

  private PasswordResetToken newToken() {
    var now = TestTime.now();
    return new PasswordResetToken(
        "hash-" + UUID.randomUUID(), newOwner(), now, now.plus(Duration.ofMinutes(30)), null);
  }

  @Test
  void addedTokenIsFoundByItsHash() {
    var token = newToken();

    inTx(() -> world.passwordResetTokens().add(token));

    assertThat(world.passwordResetTokens().find(token.tokenHash())).contains(token);
    assertThat(world.passwordResetTokens().find("hash-" + UUID.randomUUID())).isEmpty();
  }

  @Test
  void aTokenIsSpentExactlyOnceAcrossConcurrentCallers() {
    var token = newToken();
    inTx(() -> world.passwordResetTokens().add(token));
    var at = token.createdAt().plusSeconds(10);

    var outcomes =
        Race.run(8, runner -> inTx(() -> world.passwordResetTokens().spend(token.tokenHash(), at)));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().filter(outcome -> outcome.value())).hasSize(1);
    assertThat(world.passwordResetTokens().find(token.tokenHash()))
        .map(PasswordResetToken::spentAt)
        .contains(at);
  }

  @Test
  void anUnknownTokenCannotBeSpent() {
    assertThat(inTx(() -> world.passwordResetTokens().spend("unknown", TestTime.now()))).isFalse();
  }
}
