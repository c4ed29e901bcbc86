package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static dev.kassa.bootstrap.config.KassaConfigTest.prod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentsConfigTest {

  private static Map<String, String> stripe() {
    var variables = new HashMap<String, String>();
    variables.put("PAYMENT_PROVIDER", "stripe");
    variables.put("STRIPE_SECRET_KEY", "sk_test_123");
    variables.put("STRIPE_WEBHOOK_SECRET", "whsec_456");
    return variables;
  }

  @Test
  void stripeProviderReadsItsSettingsWithStripesOwnApiBase() {
    var payments = parse(stripe()).payments();

    assertThat(payments.provider()).isEqualTo(Payments.Provider.STRIPE);
    var settings = payments.stripe().orElseThrow();
    assertThat(settings.secretKey()).isEqualTo(Secret.of("sk_test_123"));
    assertThat(settings.webhookSecret()).isEqualTo(Secret.of("whsec_456"));
    assertThat(settings.apiBase()).isEqualTo(URI.create("https://api.stripe.com"));
  }

  @Test
  void stripeApiBaseCanPointAtAStub() {
    var variables = stripe();
    variables.put("STRIPE_API_BASE", "http://127.0.0.1:12111");

    assertThat(parse(variables).payments().stripe().orElseThrow().apiBase())
        .isEqualTo(URI.create("http://127.0.0.1:12111"));
  }

  @Test
  void stripeProviderRequiresItsKeys() {
    assertThatThrownBy(() -> parse(Map.of("PAYMENT_PROVIDER", "stripe")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "STRIPE_SECRET_KEY is required when PAYMENT_PROVIDER=stripe",
                        "STRIPE_WEBHOOK_SECRET is required when PAYMENT_PROVIDER=stripe"));
  }

  @Test
  void swappedStripeKeysAreCaughtWithoutEchoingThem() {
    var variables = stripe();
    variables.put("STRIPE_SECRET_KEY", "whsec_456");
    variables.put("STRIPE_WEBHOOK_SECRET", "sk_test_123");

    assertThatThrownBy(() -> parse(variables))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("STRIPE_SECRET_KEY must start with sk_ or rk_")
        .hasMessageContaining("STRIPE_WEBHOOK_SECRET must start with whsec_")
        .hasMessageNotContaining("_456")
        .hasMessageNotContaining("_123");
  }

  @Test
  void stripeApiBaseMustBeAUrl() {
    var variables = stripe();
    variables.put("STRIPE_API_BASE", "api.stripe.com");

    assertThatThrownBy(() -> parse(variables))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("STRIPE_API_BASE must be a URL");
  }

  @Test
  void stripeSettingsWithTheSimulatedProviderAreAMistake() {
    assertThatThrownBy(() -> parse(Map.of("STRIPE_SECRET_KEY", "sk_live_1")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("STRIPE_SECRET_KEY is set but PAYMENT_PROVIDER is not stripe")
        .hasMessageNotContaining("sk_live_1");
  }

  @Test
  void unknownProviderIsRejected() {
    assertThatThrownBy(() -> parse(Map.of("PAYMENT_PROVIDER", "paypal")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PAYMENT_PROVIDER must be one of simulated, stripe, was 'paypal'");
  }

  @Test
  void prodWithStripeNeedsNoSimulatedWebhookSecret() {
    var variables = prod();
    variables.remove("PAYMENT_WEBHOOK_SECRET");
    variables.putAll(stripe());

    var payments = parse(variables).payments();

    assertThat(payments.provider()).isEqualTo(Payments.Provider.STRIPE);
    assertThat(payments.webhookSecret().generated()).isTrue();
  }

  @Test
  void prodWithTheSimulatedProviderNeedsItsWebhookSecret() {
    var variables = prod();
    variables.remove("PAYMENT_WEBHOOK_SECRET");

    assertThatThrownBy(() -> parse(variables))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PAYMENT_WEBHOOK_SECRET is required when KASSA_ENV=prod");
  }

  @Test
  void reservationAndCardAuthorizationLastHalfAnHourAndAWeekByDefault() {
    var payments = parse(Map.of()).payments();

    assertThat(payments.reservationTtl()).isEqualTo(Duration.ofMinutes(30));
    assertThat(payments.cardAuthorizationTtl()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void reservationAndCardAuthorizationDurationsAreConfigurable() {
    var payments =
        parse(Map.of("PAYMENT_RESERVATION_TTL", "PT2M", "CARD_AUTHORIZATION_TTL", "P1D"))
            .payments();

    assertThat(payments.reservationTtl()).isEqualTo(Duration.ofMinutes(2));
    assertThat(payments.cardAuthorizationTtl()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void aReservationDurationThatIsNotPositiveStopsStartUp() {
    assertThatThrownBy(() -> parse(Map.of("PAYMENT_RESERVATION_TTL", "PT0S")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PAYMENT_RESERVATION_TTL must be a positive ISO-8601 duration");
  }
}
