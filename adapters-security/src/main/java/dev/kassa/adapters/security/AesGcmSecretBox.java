package dev.kassa.adapters.security;

import dev.kassa.domain.webhook.SecretBox;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets with AES-256-GCM (the JDK's {@code javax.crypto}): the key is the SHA-256 of the
 * configured key text, each value gets a random 12-byte nonce, and the 128-bit tag makes any
 * altered or foreign value fail to open. A sealed value is {@code v1:} and the base64 of nonce and
 * ciphertext.
 */
public final class AesGcmSecretBox implements SecretBox {

  /** The shortest key text accepted, in UTF-8 bytes. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public AesGcmSecretBox(String keyText) {
    var bytes = keyText.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the key must be at least 32 bytes of text");
    }
    this.key = new SecretKeySpec(sha256(bytes), "AES");
  }

  @Override
  public String seal(String secret) {
    var nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      var out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
      return PREFIX + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  @Override
  public String open(String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("not a sealed secret");
    }
    try {
      var bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      if (bytes.length <= NONCE_BYTES) {
        throw new IllegalStateException("not a sealed secret");
      }
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      var plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the secret does not open with this key", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
