package dev.kassa.domain.user;

import java.time.Instant;
import java.util.Optional;

/** Password-reset tokens, by the hash of the token: the token itself is never stored. */
public interface PasswordResetTokens {

  void add(PasswordResetToken token);

  Optional<PasswordResetToken> find(String tokenHash);

  /**
   * Marks the token spent, exactly once across all callers.
   *
   * @return true for the one caller that spent it; false when it had been spent already
   */
  boolean spend(String tokenHash, Instant at);
}
