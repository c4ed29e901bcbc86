package dev.kassa.adapters.security;

import dev.kassa.domain.card.CardFingerprints;
import dev.kassa.domain.card.CardNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Card fingerprints as lower-case hex HMAC-SHA256 of the 16 digits under a server key. Without the
 * key the 10^15-odd valid numbers cannot be enumerated against stored fingerprints; with another
 * key every fingerprint differs, so the key must stay the same for stored fingerprints to match.
 */
public final class HmacCardFingerprints implements CardFingerprints {

  public static final int MIN_KEY_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public HmacCardFingerprints(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "card fingerprint key must be at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  @Override
  public String fingerprint(CardNumber number) {
    Objects.requireNonNull(number, "number");
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "HmacCardFingerprints[key=***]";
  }
}
