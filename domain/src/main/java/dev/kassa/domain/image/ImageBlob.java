package dev.kassa.domain.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of an image as they are served, with their content type and their SHA-256 (hex), which
 * addresses the content: the same bytes always have the same digest.
 */
public final class ImageBlob {

  private final String contentType;
  private final byte[] content;
  private final String digest;

  public ImageBlob(String contentType, byte[] content, String digest) {
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = Objects.requireNonNull(content, "content").clone();
    this.digest = Objects.requireNonNull(digest, "digest");
  }

  /** The blob of {@code content} in {@code format}, its digest computed. */
  public static ImageBlob of(ImageFormat format, byte[] content) {
    return new ImageBlob(format.contentType(), content, sha256(content));
  }

  public String contentType() {
    return contentType;
  }

  public byte[] content() {
    return content.clone();
  }

  public String digest() {
    return digest;
  }

  public int size() {
    return content.length;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java platform has SHA-256", missing);
    }
  }
}
