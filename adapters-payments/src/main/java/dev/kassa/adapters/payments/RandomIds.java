package dev.kassa.adapters.payments;

import java.security.SecureRandom;

/** Stripe-looking identifiers: a prefix and 24 random letters and digits. */
final class RandomIds {

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomIds() {}

  static String next(String prefix) {
    var id = new StringBuilder(prefix);
    for (var i = 0; i < 24; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
