package dev.kassa.application.cards;

import dev.kassa.domain.card.CardFingerprints;
import dev.kassa.domain.card.CardNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A test stand-in for the keyed fingerprint: a plain SHA-256 of the digits, in hex. */
public final class Sha256CardFingerprints implements CardFingerprints {

  @Override
  public String fingerprint(CardNumber number) {
    return of(number.digits());
  }

  static String of(String digits) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(digits.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
