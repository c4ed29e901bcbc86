package dev.kassa.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.card.CardNumber;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacCardFingerprintsTest {

  private static final byte[] KEY =
      "card-fingerprint-key-of-32-bytes!".getBytes(StandardCharsets.UTF_8);
  private static final CardNumber CARD = new CardNumber("4242424242424242");

  private final HmacCardFingerprints fingerprints = new HmacCardFingerprints(KEY);

  @Test
  void fingerprintIsStableForTheSameNumber() {
    assertThat(fingerprints.fingerprint(CARD))
        .isEqualTo(fingerprints.fingerprint(new CardNumber("4242424242424242")))
        .isEqualTo(new HmacCardFingerprints(KEY.clone()).fingerprint(CARD));
  }

  @Test
  void fingerprintIsLowerCaseHexHmacSha256OfTheDigits() throws Exception {
    var mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    var expected =
        HexFormat.of().formatHex(mac.doFinal(CARD.digits().getBytes(StandardCharsets.US_ASCII)));

    assertThat(fingerprints.fingerprint(CARD)).isEqualTo(expected).matches("[0-9a-f]{64}");
  }

  @Test
  void fingerprintDependsOnTheKey() {
    var otherKey = "another-fingerprint-key-32-bytes!".getBytes(StandardCharsets.UTF_8);

    assertThat(new HmacCardFingerprints(otherKey).fingerprint(CARD))
        .isNotEqualTo(fingerprints.fingerprint(CARD));
  }

  @Test
  void differentNumbersGetDifferentFingerprints() {
    assertThat(fingerprints.fingerprint(new CardNumber("4000056655665556")))
        .isNotEqualTo(fingerprints.fingerprint(CARD));
  }

  @Test
  void fingerprintDoesNotContainTheNumber() {
    assertThat(fingerprints.fingerprint(CARD)).doesNotContain(CARD.digits());
  }

  @Test
  void refusesKeysShorterThan32Bytes() {
    assertThatThrownBy(() -> new HmacCardFingerprints(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void keyIsCopiedAtConstruction() {
    var key = KEY.clone();
    var owned = new HmacCardFingerprints(key);
    var before = owned.fingerprint(CARD);
    key[0] ^= 1;

    assertThat(owned.fingerprint(CARD)).isEqualTo(before);
  }
}
