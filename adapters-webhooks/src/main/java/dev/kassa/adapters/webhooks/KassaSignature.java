package dev.kassa.adapters.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Kassa-Signature} header: {@code t=<unix seconds>} then one {@code v1=<hex>} per
 * signing secret, each the HMAC-SHA256 of {@code t + "." + body} keyed with the secret's UTF-8
 * bytes (Stripe's scheme).
 */
public final class KassaSignature {

  public static final String HEADER = "Kassa-Signature";

  private KassaSignature() {}

  public static String header(long unixSeconds, byte[] body, List<String> secrets) {
    var header = new StringBuilder("t=").append(unixSeconds);
    for (var secret : secrets) {
      header.append(",v1=").append(hmac(secret, unixSeconds, body));
    }
    return header.toString();
  }

  static String hmac(String secret, long unixSeconds, byte[] body) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
