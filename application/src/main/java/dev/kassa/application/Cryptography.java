package dev.kassa.application;

import dev.kassa.domain.auth.AccessTokens;
import dev.kassa.domain.card.CardFingerprints;
import dev.kassa.domain.user.PasswordHasher;
import java.util.Objects;

/** The cryptographic ports: password hashing, access tokens and card fingerprints. */
public record Cryptography(
    PasswordHasher passwordHasher, AccessTokens accessTokens, CardFingerprints cardFingerprints) {

  public Cryptography {
    Objects.requireNonNull(passwordHasher, "passwordHasher");
    Objects.requireNonNull(accessTokens, "accessTokens");
    Objects.requireNonNull(cardFingerprints, "cardFingerprints");
  }
}
