package dev.kassa.domain.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain that seals the journal: each sealed row's hash is the SHA-256 of the previous hash
 * and the row's canonical content, so that changing, removing or slipping in a row after it was
 * sealed breaks every later link.
 */
public final class SealChain {

  /** The hash before the first sealed row. */
  public static final String GENESIS = "0".repeat(64);

  private SealChain() {}

  /** The hash of a row whose canonical content is {@code content}, after {@code previous}. */
  public static String next(String previous, String content) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(previous.getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) '\n');
      digest.update(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
