package dev.kassa.adapters.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulatedGatewayTest {

  private static final String SECRET = "whsec_simulated";
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Money PRICE = Money.of(1999, "EUR");

  private final SimulatedGateway gateway =
      new SimulatedGateway(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
  private final OrderId orderId = OrderId.newId();
  private final PaymentId paymentId = PaymentId.newId();

  private IntentRequest request(Money amount, String key) {
    return new IntentRequest(orderId, paymentId, amount, key);
  }

  private String paidIntent() {
    var id = gateway.createIntent(request(PRICE, "pay-1")).id();
    gateway.settle(id, true);
    return id;
  }

  @Test
  void aNewIntentWaitsForPaymentWithItsClientSecret() {
    var intent = gateway.createIntent(request(PRICE, "pay-1"));

    assertThat(intent.id()).matches("pi_[0-9A-Za-z]{24}");
    assertThat(intent.clientSecret()).matches(intent.id() + "_secret_[0-9A-Za-z]{24}");
    assertThat(gateway.intent(intent.id()))
        .hasValueSatisfying(
            shown -> {
              assertThat(shown.amount()).isEqualTo(PRICE);
              assertThat(shown.status()).isEqualTo(SimulatedGateway.PENDING);
              assertThat(shown.orderId()).isEqualTo(orderId.toString());
            });
    assertThat(gateway.intent("pi_unknown")).isEmpty();
  }

  @Test
  void theSameIdempotencyKeyGivesTheSameIntent() {
    var first = gateway.createIntent(request(PRICE, "pay-1"));

    assertThat(gateway.createIntent(request(PRICE, "pay-1"))).isEqualTo(first);
    assertThat(gateway.createIntent(request(PRICE, "pay-2")).id()).isNotEqualTo(first.id());
  }

  @Test
  void racingCallsWithOneKeyCreateOneIntent() throws Exception {
    Callable<String> create = () -> gateway.createIntent(request(PRICE, "pay-1")).id();
    try (var pool = Executors.newFixedThreadPool(8)) {
      var futures = pool.invokeAll(IntStream.range(0, 32).mapToObj(i -> create).toList());
      var first = futures.getFirst().get();
      for (var future : futures) {
        assertThat(future.get()).isEqualTo(first);
      }
    }
  }

  @Test
  void anIdempotencyKeyReusedForAnotherAmountIsRefused() {
    gateway.createIntent(request(PRICE, "pay-1"));

    assertThatThrownBy(() -> gateway.createIntent(request(Money.of(1, "EUR"), "pay-1")))
        .isInstanceOf(PaymentProviderException.class);
  }

  @Test
  void approvingSendsASignedSucceededEventForTheIntent() throws Exception {
    var id = gateway.createIntent(request(PRICE, "pay-1")).id();

    var signed = gateway.settle(id, true);
    var event = gateway.verifiedEvent(signed.payload(), signed.signatureHeader(), NOW);

    assertThat(event.id()).startsWith("evt_");
    assertThat(event.type()).isEqualTo(ProviderEvent.SUCCEEDED);
    assertThat(event.intentId()).isEqualTo(id);
    assertThat(event.amount()).isEqualTo(PRICE);
    assertThat(event.createdAt()).isEqualTo(NOW);
    var intent = new JsonMapper().readTree(signed.payload()).path("data").path("object");
    assertThat(intent.path("status").asText()).isEqualTo(SimulatedGateway.SUCCEEDED);
    assertThat(intent.path("currency").asText()).isEqualTo("eur");
    assertThat(intent.path("metadata").path("order_id").asText()).isEqualTo(orderId.toString());
    assertThat(intent.path("metadata").path("payment_id").asText()).isEqualTo(paymentId.toString());
    assertThat(gateway.intent(id).orElseThrow().status()).isEqualTo(SimulatedGateway.SUCCEEDED);
  }

  @Test
  void decliningSendsASignedFailedEventForTheIntent() {
    var id = gateway.createIntent(request(PRICE, "pay-1")).id();

    var signed = gateway.settle(id, false);
    var event = gateway.verifiedEvent(signed.payload(), signed.signatureHeader(), NOW);

    assertThat(event.type()).isEqualTo(ProviderEvent.FAILED);
    assertThat(event.intentId()).isEqualTo(id);
    assertThat(event.amount()).isEqualTo(PRICE);
    assertThat(gateway.intent(id).orElseThrow().status()).isEqualTo(SimulatedGateway.FAILED);
  }

  @Test
  void eventsAreSignedWithTheWebhookSecret() {
    var signed = gateway.settle(gateway.createIntent(request(PRICE, "pay-1")).id(), true);
    var other = new SimulatedGateway("whsec_other", Clock.fixed(NOW, ZoneOffset.UTC));

    assertThatThrownBy(() -> other.verifiedEvent(signed.payload(), signed.signatureHeader(), NOW))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anIntentIsSettledOnlyOnce() {
    var id = gateway.createIntent(request(PRICE, "pay-1")).id();
    gateway.settle(id, false);

    assertThatThrownBy(() -> gateway.settle(id, true))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void aCanceledIntentCannotBeSettled() {
    var id = gateway.createIntent(request(PRICE, "pay-1")).id();
    gateway.cancelIntent(id);
    gateway.cancelIntent(id);

    assertThat(gateway.intent(id).orElseThrow().status()).isEqualTo(SimulatedGateway.CANCELED);
    assertThatThrownBy(() -> gateway.settle(id, true)).isInstanceOf(ConflictException.class);
  }

  @Test
  void settlingAnUnknownIntentIsNotFound() {
    assertThatThrownBy(() -> gateway.settle("pi_unknown", true))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void cancelingAnUnknownOrPaidIntentIsRefused() {
    var id = paidIntent();

    assertThatThrownBy(() -> gateway.cancelIntent("pi_unknown"))
        .isInstanceOf(PaymentProviderException.class);
    assertThatThrownBy(() -> gateway.cancelIntent(id)).isInstanceOf(PaymentProviderException.class);
  }

  @Test
  void refundsGiveBackUpToWhatWasPaid() {
    var id = paidIntent();

    var first = gateway.refund(id, Money.of(500, "EUR"), "refund-1");
    var rest = gateway.refund(id, Money.of(1499, "EUR"), "refund-2");

    assertThat(first.id()).startsWith("re_");
    assertThat(first.status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(rest.id()).isNotEqualTo(first.id());
    assertThatThrownBy(() -> gateway.refund(id, Money.of(1, "EUR"), "refund-3"))
        .isInstanceOf(PaymentProviderException.class);
  }

  @Test
  void refundAboveTheRemainderIsRefused() {
    var id = paidIntent();
    gateway.refund(id, Money.of(1000, "EUR"), "refund-1");

    assertThatThrownBy(() -> gateway.refund(id, Money.of(1000, "EUR"), "refund-2"))
        .isInstanceOf(PaymentProviderException.class)
        .hasMessageContaining("left to refund");
  }

  @Test
  void aRetriedRefundIsGivenOnce() {
    var id = paidIntent();

    var first = gateway.refund(id, Money.of(1999, "EUR"), "refund-1");

    assertThat(gateway.refund(id, Money.of(1999, "EUR"), "refund-1")).isEqualTo(first);
    assertThatThrownBy(() -> gateway.refund(id, Money.of(1000, "EUR"), "refund-1"))
        .isInstanceOf(PaymentProviderException.class);
  }

  @Test
  void onlyAPaidIntentInItsCurrencyIsRefunded() {
    var unpaid = gateway.createIntent(request(PRICE, "pay-2")).id();
    var paid = paidIntent();

    assertThatThrownBy(() -> gateway.refund(unpaid, Money.of(1, "EUR"), "refund-1"))
        .isInstanceOf(PaymentProviderException.class);
    assertThatThrownBy(() -> gateway.refund(paid, Money.of(1, "USD"), "refund-2"))
        .isInstanceOf(PaymentProviderException.class);
    assertThatThrownBy(() -> gateway.refund("pi_unknown", Money.of(1, "EUR"), "refund-3"))
        .isInstanceOf(PaymentProviderException.class);
  }
}
