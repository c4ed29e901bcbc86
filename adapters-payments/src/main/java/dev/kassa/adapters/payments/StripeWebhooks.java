package dev.kassa.adapters.payments;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.SignedEvent;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Webhooks signed in Stripe's scheme: {@code Stripe-Signature: t=<unix seconds>,v1=<hex>}, where
 * each {@code v1} is an HMAC-SHA256 of {@code t + "." + body} (several while a secret rotates). A
 * signature is accepted within {@link #TOLERANCE} of now, on either side, and only then is the body
 * read. The HMAC and its constant-time comparison are stripe-java's.
 */
public final class StripeWebhooks {

  public static final String HEADER = "Stripe-Signature";
  public static final Duration TOLERANCE = Duration.ofSeconds(Webhook.DEFAULT_TOLERANCE);

  private final String secret;

  public StripeWebhooks(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("a webhook secret must not be blank");
    }
    this.secret = secret;
  }

  /** Signs the payload as Stripe does, at {@code at}. */
  public SignedEvent sign(String payload, Instant at) {
    try {
      return new SignedEvent(
          payload, Webhook.Signature.generateSignatureHeader(payload, secret, at.getEpochSecond()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * Verifies the signature over the raw payload at {@code now}, then reads the event.
   *
   * @throws ValidationException on {@value #HEADER} when the header is missing, garbled, does not
   *     match or is outside the tolerance; on {@code body} when the signed payload is not an event
   */
  public ProviderEvent verifiedEvent(String payload, String header, Instant now) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(now, "now");
    verify(payload, header, now);
    return StripeEventReader.read(payload);
  }

  private void verify(String payload, String header, Instant now) {
    if (header == null || header.isBlank()) {
      throw problem("is missing");
    }
    var signedAt = timestamp(header);
    if (signedAt < now.minus(TOLERANCE).getEpochSecond()) {
      throw problem("is older than " + TOLERANCE.toSeconds() + " seconds");
    }
    if (signedAt > now.plus(TOLERANCE).getEpochSecond()) {
      throw problem("is dated more than " + TOLERANCE.toSeconds() + " seconds ahead");
    }
    try {
      Webhook.Signature.verifyHeader(
          payload, header, secret, TOLERANCE.toSeconds(), Clock.fixed(now, ZoneOffset.UTC));
    } catch (SignatureVerificationException e) {
      throw problem("does not match the payload");
    } catch (RuntimeException e) {
      throw garbled();
    }
  }

  /** The first {@code t} of the header, read as stripe-java reads it; a {@code v1} must follow. */
  private static long timestamp(String header) {
    Long timestamp = null;
    var signed = false;
    for (var item : header.split(",", -1)) {
      var parts = item.split("=", 2);
      if (parts.length < 2) {
        continue;
      }
      if (parts[0].equals("t") && timestamp == null) {
        timestamp = parseSeconds(parts[1]);
      }
      signed |= parts[0].equals(Webhook.Signature.EXPECTED_SCHEME) && !parts[1].isEmpty();
    }
    if (timestamp == null || !signed) {
      throw garbled();
    }
    return timestamp;
  }

  private static long parseSeconds(String text) {
    if (!text.matches("[0-9]{1,12}")) {
      throw garbled();
    }
    return Long.parseLong(text);
  }

  private static ValidationException garbled() {
    return problem("is not of the form t=<unix seconds>,v1=<signature>");
  }

  private static ValidationException problem(String problem) {
    return ValidationException.of(HEADER, problem);
  }
}
