package dev.kassa.bootstrap;

import dev.kassa.adapters.security.AesGcmSecretBox;
import dev.kassa.adapters.webhooks.HttpWebhookTransport;
import dev.kassa.adapters.webhooks.NetworkGuard;
import dev.kassa.application.Storage;
import dev.kassa.application.webhooks.Webhooks;
import dev.kassa.bootstrap.config.WebhookConfig;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles the outgoing webhooks: the secret box, the network guard and the HTTP transport. */
final class OutgoingWebhooks {

  private static final Logger LOG = LoggerFactory.getLogger(OutgoingWebhooks.class);

  private OutgoingWebhooks() {}

  static Webhooks assemble(Storage storage, WebhookConfig config, Clock clock) {
    if (config.secretsKey().generated()) {
      LOG.warn(
          "SECRETS_KEY is not set: a random key was made, so stored webhook secrets do not"
              + " survive a restart");
    }
    if (config.allowInsecure() || config.allowPrivateNetworks()) {
      LOG.warn(
          "webhook network guard opened: http {}, private networks {}",
          config.allowInsecure(),
          config.allowPrivateNetworks());
    }
    var guard = new NetworkGuard(config.allowInsecure(), config.allowPrivateNetworks());
    return Webhooks.assemble(
        storage,
        new AesGcmSecretBox(config.secretsKey().value()),
        guard,
        new HttpWebhookTransport(guard, clock),
        config.settings(),
        clock);
  }
}
