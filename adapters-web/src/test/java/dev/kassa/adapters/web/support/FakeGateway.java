package dev.kassa.adapters.web.support;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kassa.application.payments.PaymentSimulator;
import dev.kassa.application.payments.SimulatedIntent;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentGateway;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.SignedEvent;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code simulated} provider as the web tests need it: intents kept in memory, settled on the
 * hosted page or by {@link #event}, with webhooks signed by a trivial scheme of its own ({@code
 * Stripe-Signature: fake=<hex SHA-256 of "secret." + payload>}); real Stripe signatures are tested
 * with the real gateways. While {@link #failing(boolean) failing}, every call that goes to the
 * provider throws as an unreachable provider would.
 */
public final class FakeGateway implements PaymentGateway, PaymentSimulator {

  private final Transactions transactions;

  public static final String PROVIDER = "simulated";
  public static final String PENDING = "requires_payment_method";

  private static final JsonMapper JSON = new JsonMapper();

  private final Clock clock;
  private final Map<String, Intent> intents = new HashMap<>();
  private final List<Money> refunds = new ArrayList<>();
  private int sequence;
  private boolean failing;

  public FakeGateway(Clock clock, Transactions transactions) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public synchronized void failing(boolean failing) {
    this.failing = failing;
  }

  /** What was refunded through the provider, in order. */
  public synchronized List<Money> refunds() {
    return List.copyOf(refunds);
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public synchronized ProviderIntent createIntent(IntentRequest request) {
    reachable();
    var id = "pi_" + ++sequence;
    intents.put(id, new Intent(id, request, PENDING));
    return new ProviderIntent(id, id + "_secret_" + sequence);
  }

  @Override
  public synchronized void cancelIntent(String intentId) {
    reachable();
    intents.computeIfPresent(intentId, (id, intent) -> intent.now("canceled"));
  }

  @Override
  public synchronized ProviderRefund refund(String intentId, Money amount, String idempotencyKey) {
    reachable();
    refunds.add(amount);
    return new ProviderRefund("re_" + ++sequence, RefundStatus.SUCCEEDED);
  }

  @Override
  public ProviderEvent verifiedEvent(String payload, String signatureHeader, Instant now) {
    if (!signatureOf(payload).equals(signatureHeader)) {
      throw ValidationException.of("Stripe-Signature", "does not match the payload");
    }
    try {
      var event = JSON.readTree(payload);
      var object = event.path("data").path("object");
      var amount =
          Money.of(
              object.path("amount").asLong(),
              object.path("currency").asText().toUpperCase(Locale.ROOT));
      return new ProviderEvent(
          text(event, "id"),
          text(event, "type"),
          object.path("id").asText(null),
          amount,
          Instant.ofEpochSecond(event.path("created").asLong()));
    } catch (JacksonException | RuntimeException notAnEvent) {
      throw ValidationException.of("body", "is not an event");
    }
  }

  @Override
  public synchronized Optional<SimulatedIntent> intent(String intentId) {
    return Optional.ofNullable(intents.get(intentId)).map(Intent::view);
  }

  @Override
  public synchronized SignedEvent settle(String intentId, boolean approve) {
    var intent = intents.get(intentId);
    if (intent == null) {
      throw new NotFoundException("payment", intentId);
    }
    var status = approve ? "succeeded" : "payment_failed";
    if (!intent.status().equals(PENDING)) {
      throw ConflictException.invalidStateTransition(intent.status(), status);
    }
    intents.put(intentId, intent.now(status));
    var type = approve ? ProviderEvent.SUCCEEDED : ProviderEvent.FAILED;
    return event("evt_" + ++sequence, type, intentId, intent.request().amount());
  }

  /** A webhook the provider would send about {@code intentId}, signed. */
  public SignedEvent event(String eventId, String type, String intentId, Money amount) {
    var event = JSON.createObjectNode();
    event.put("id", eventId);
    event.put("type", type);
    event.put("created", clock.instant().getEpochSecond());
    var object = event.putObject("data").putObject("object");
    object.put("id", intentId);
    object.put("amount", amount.minor());
    object.put("currency", amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT));
    var payload = event.toString();
    return new SignedEvent(payload, signatureOf(payload));
  }

  public static String signatureOf(String payload) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("secret." + payload).getBytes(StandardCharsets.UTF_8));
      return "fake=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Fails the test when called inside a unit of work: no provider call may hold its locks. */
  private void reachable() {
    if (transactions.inUnitOfWork()) {
      throw new AssertionError("the payment provider was called inside a unit of work");
    }
    if (failing) {
      throw new PaymentProviderException("connect to api.example.test:443 refused (sk_test_123)");
    }
  }

  private static String text(JsonNode node, String field) {
    var value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value.asText();
  }

  private record Intent(String id, IntentRequest request, String status) {

    Intent now(String next) {
      return new Intent(id, request, next);
    }

    SimulatedIntent view() {
      return new SimulatedIntent(id, request.amount(), status, request.orderId().toString());
    }
  }
}
