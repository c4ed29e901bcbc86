package dev.kassa.adapters.web.payments;

import dev.kassa.application.payments.SimulatedIntent;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.eclipse.jetty.util.StringUtil;

/**
 * The simulated provider's hosted page, self-contained: no script, one inline style allowed by its
 * hash in a {@code Content-Security-Policy} that allows nothing else, and every value it shows
 * HTML-escaped. The Approve and Decline buttons are shown while the intent still waits for the
 * buyer, which the simulated provider reports with Stripe's {@code requires_...} statuses.
 */
final class PaymentPage {

  static final String HTML = "text/html; charset=utf-8";

  private static final String STYLE =
      "body{font:16px/1.5 system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem}"
          + "dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}"
          + "dt{color:#555}dd{margin:0;overflow-wrap:anywhere}"
          + "form{display:flex;gap:1rem;margin-top:1.5rem}"
          + "button{font:inherit;padding:.5rem 1.25rem;cursor:pointer}";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '"
          + sha256(STYLE)
          + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private PaymentPage() {}

  /** The page's path for {@code intentId}, safe to put in a {@code Location} header. */
  static String path(String intentId) {
    return "/pay/" + URLEncoder.encode(intentId, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The headers every answer of the page carries, errors aside. */
  static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  static String render(SimulatedIntent intent) {
    var amount = intent.amount();
    var page = new StringBuilder(1_024);
    page.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Simulated payment</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>Simulated payment</h1>\n<dl>\n")
        .append(
            term("Amount", amount.toDecimalString() + " " + amount.currency().getCurrencyCode()))
        .append(term("Order", intent.orderId() == null ? "none" : intent.orderId()))
        .append(term("Payment", intent.id()))
        .append(term("Status", intent.status()))
        .append("</dl>\n");
    if (intent.status().startsWith("requires_")) {
      page.append("<form method=\"post\" action=\"")
          .append(escape(path(intent.id())))
          .append("\">\n")
          .append("<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n")
          .append("<button type=\"submit\" name=\"decision\" value=\"decline\">Decline</button>\n")
          .append("</form>\n");
    }
    return page.append("</main>\n</body>\n</html>\n").toString();
  }

  private static String term(String name, String value) {
    return "<dt>" + name + "</dt><dd>" + escape(value) + "</dd>\n";
  }

  private static String escape(String text) {
    return StringUtil.sanitizeXmlString(text);
  }

  private static String sha256(String text) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
    }
  }
}
