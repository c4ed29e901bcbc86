package dev.kassa.adapters.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs as Stripe documents it, independently of the code under test. */
public final class StripeSigning {

  private StripeSigning() {}

  public static String v1(String payload, String secret, long timestamp) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      var signed = (timestamp + "." + payload).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(mac.doFinal(signed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String header(String payload, String secret, long timestamp) {
    return "t=" + timestamp + ",v1=" + v1(payload, secret, timestamp);
  }
}
