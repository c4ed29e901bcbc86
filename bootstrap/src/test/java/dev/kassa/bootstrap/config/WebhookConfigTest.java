package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookConfigTest {

  @Test
  void defaultsKeepTheGuardClosedAndMakeARandomKey() {
    var webhooks = parse(Map.of()).webhooks();

    assertThat(webhooks.allowInsecure()).isFalse();
    assertThat(webhooks.allowPrivateNetworks()).isFalse();
    assertThat(webhooks.secretsKey().generated()).isTrue();
    assertThat(webhooks.secretsKey().byteLength()).isGreaterThanOrEqualTo(32);
    assertThat(webhooks.settings().disableAfter()).isEqualTo(20);
    assertThat(webhooks.settings().maxAttempts()).isEqualTo(12);
  }

  @Test
  void flagsAndLimitsAreRead() {
    var webhooks =
        parse(
                Map.of(
                    "WEBHOOK_ALLOW_INSECURE", "true",
                    "WEBHOOK_ALLOW_PRIVATE_NETWORKS", "TRUE",
                    "WEBHOOK_DISABLE_AFTER", "3",
                    "EVENT_MAX_ATTEMPTS", "5",
                    "SECRETS_KEY", KassaConfigTest.KEY_D))
            .webhooks();

    assertThat(webhooks.allowInsecure()).isTrue();
    assertThat(webhooks.allowPrivateNetworks()).isTrue();
    assertThat(webhooks.settings().disableAfter()).isEqualTo(3);
    assertThat(webhooks.settings().maxAttempts()).isEqualTo(5);
    assertThat(webhooks.secretsKey().generated()).isFalse();
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "WEBHOOK_ALLOW_INSECURE", "yes",
                        "SECRETS_KEY", "short",
                        "WEBHOOK_DISABLE_AFTER", "0")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(String.join("\n", e.problems()))
                    .contains("WEBHOOK_ALLOW_INSECURE must be true or false")
                    .contains("SECRETS_KEY")
                    .contains("WEBHOOK_DISABLE_AFTER"));
  }
}
