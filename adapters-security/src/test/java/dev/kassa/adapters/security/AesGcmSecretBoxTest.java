package dev.kassa.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTest {

  private static final String KEY = "a-key-of-at-least-thirty-two-bytes-of-text";
  private final AesGcmSecretBox box = new AesGcmSecretBox(KEY);

  @Test
  void sealedSecretOpensToItselfAndDoesNotShowIt() {
    var sealed = box.seal("whsec_abc123");

    assertThat(sealed).startsWith("v1:").doesNotContain("whsec_abc123").doesNotContain("abc123");
    assertThat(box.open(sealed)).isEqualTo("whsec_abc123");
  }

  @Test
  void everySealUsesAFreshNonce() {
    assertThat(box.seal("same")).isNotEqualTo(box.seal("same"));
    var nonce = Base64.getDecoder().decode(box.seal("same").substring(3));
    assertThat(nonce.length).isEqualTo(12 + "same".length() + 16);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    var sealed = box.seal("whsec_abc123");
    var other = new AesGcmSecretBox("another-key-of-at-least-thirty-two-bytes");

    assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void alteredValueDoesNotOpen() {
    var bytes = Base64.getDecoder().decode(box.seal("whsec_abc123").substring(3));
    bytes[bytes.length - 1] ^= 1;
    var altered = "v1:" + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> box.open(altered)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> box.open("plain")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shortKeyIsRefused() {
    assertThatThrownBy(() -> new AesGcmSecretBox("too short"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
