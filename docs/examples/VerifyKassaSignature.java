import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks a Kassa webhook: call it with the raw body, before parsing the JSON. */
public final class VerifyKassaSignature {

  private static final long TOLERANCE_SECONDS = 5 * 60;

  public static boolean verify(String header, byte[] body, String secret, long nowSeconds)
      throws Exception {
    long t = -1;
    var signatures = new java.util.ArrayList<String>();
    for (var part : header.split(",")) {
      var pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t")) {
        t = Long.parseLong(pair[1]);
      } else if (pair.length == 2 && pair[0].equals("v1")) {
        signatures.add(pair[1]);
      }
    }
    if (t < 0 || Math.abs(nowSeconds - t) > TOLERANCE_SECONDS) {
      return false;
    }
    var mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
    var expected = java.util.HexFormat.of().formatHex(mac.doFinal(body));
    for (var candidate : signatures) {
      if (MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.UTF_8),
          candidate.getBytes(StandardCharsets.UTF_8))) {
        return true;
      }
    }
    return false;
  }
}
