package dev.kassa.bootstrap.config;

import dev.kassa.adapters.security.AesGcmSecretBox;
import dev.kassa.application.webhooks.WebhookSettings;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Outgoing webhooks: {@code SECRETS_KEY} seals their signing secrets (required in {@code prod},
 * random per start otherwise, so secrets stored by an earlier process no longer open); {@code
 * WEBHOOK_ALLOW_INSECURE} and {@code WEBHOOK_ALLOW_PRIVATE_NETWORKS} open the network guard for
 * development; an event is dead for an endpoint after {@code EVENT_MAX_ATTEMPTS} (read with the
 * other event settings in {@link Events}), and an endpoint is disabled after {@code
 * WEBHOOK_DISABLE_AFTER} failures in a row.
 */
public record WebhookConfig(
    Secret secretsKey,
    boolean allowInsecure,
    boolean allowPrivateNetworks,
    int maxAttempts,
    int disableAfter) {

  public WebhookConfig {
    Objects.requireNonNull(secretsKey, "secretsKey");
  }

  static WebhookConfig read(Variables variables, Environment environment, int maxAttempts) {
    var requiredInProd =
        environment.isProd() ? Optional.of("when KASSA_ENV=prod") : Optional.<String>empty();
    return new WebhookConfig(
        variables.key("SECRETS_KEY", AesGcmSecretBox.MIN_KEY_BYTES, requiredInProd),
        flag(variables, "WEBHOOK_ALLOW_INSECURE"),
        flag(variables, "WEBHOOK_ALLOW_PRIVATE_NETWORKS"),
        maxAttempts,
        variables.integer(
            "WEBHOOK_DISABLE_AFTER", WebhookSettings.DEFAULT_DISABLE_AFTER, 1, 10_000));
  }

  public WebhookSettings settings() {
    return new WebhookSettings(maxAttempts, disableAfter);
  }

  private static boolean flag(Variables variables, String name) {
    var text = variables.get(name).map(value -> value.toLowerCase(Locale.ROOT));
    if (text.isEmpty() || text.get().equals("false")) {
      return false;
    }
    if (!text.get().equals("true")) {
      variables.problem(name, "must be true or false");
    }
    return text.get().equals("true");
  }
}
