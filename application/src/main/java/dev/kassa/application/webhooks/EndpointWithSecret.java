package dev.kassa.application.webhooks;

import dev.kassa.domain.webhook.WebhookEndpoint;

/** An endpoint with its new signing secret in plain text: shown once, never stored as such. */
public record EndpointWithSecret(WebhookEndpoint endpoint, String secret) {}
