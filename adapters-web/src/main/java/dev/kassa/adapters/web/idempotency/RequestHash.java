package dev.kassa.adapters.web.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of an idempotent request: SHA-256 over its method, its path (with the ids it
 * names, so that one key cannot be replayed against another resource) and the canonical JSON of its
 * body, so that key order and spacing do not matter.
 */
public final class RequestHash {

  private RequestHash() {}

  public static String of(String method, String path, JsonNode body) {
    var text = method + "\n" + path + "\n" + CanonicalJson.of(body);
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
    }
  }
}
